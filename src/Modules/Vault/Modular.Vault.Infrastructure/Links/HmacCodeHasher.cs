using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.Vault.Application.Ports;
using Modular.Vault.Domain.Links;

namespace Modular.Vault.Infrastructure.Links;

/// <summary>
/// HMAC-SHA256 of codes with a server secret: <c>Modular:Vault:CodeKey</c> (base64, 32 bytes or
/// more; set it when several Host instances share the data), else a key file made once beside the
/// data protection keys. Without the key, a copy of the database does not reveal a code: a million
/// candidates are nothing to a plain hash.
/// </summary>
internal sealed class HmacCodeHasher : ICodeHasher
{
    private const int KeyBytes = 32;
    private readonly byte[] _key;

    public HmacCodeHasher(IConfiguration configuration, IOptions<ModularDataOptions> data)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(data);
        _key = configuration["Modular:Vault:CodeKey"] is { Length: > 0 } configured
            ? Convert.FromBase64String(configured)
            : KeyFile(Path.Combine(data.Value.FullKeysDirectory, "vault-codes.key"));
        if (_key.Length < KeyBytes)
        {
            throw new InvalidOperationException("Modular:Vault:CodeKey must be at least 32 bytes (base64).");
        }
    }

    public byte[] Hash(Guid subjectId, SixDigitCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes($"{subjectId:N}:{code.Value}"));
    }

    private static byte[] KeyFile(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        try
        {
            // CreateNew: when two starts race, one writes and the other reads what it wrote.
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            file.Write(key);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }
    }
}
