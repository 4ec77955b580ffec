using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Modular.SharedKernel.Infrastructure.Modules;

namespace Modular.SharedKernel.Infrastructure.Security;

/// <summary>
/// A certificate an operator provides as a PKCS#12 file, named in a configuration section
/// (<c>Path</c>, <c>Password</c>). Missing, absent or unreadable files stop the start with a message
/// naming the key and the path.
/// </summary>
public static class CertificateFiles
{
    /// <param name="key">The section, e.g. <c>Modular:Identity:SigningCertificate</c>.</param>
    /// <param name="neededFor">What it is for, said when it is not configured.</param>
    public static X509Certificate2 Load(IConfiguration configuration, string key, string neededFor)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(key);
        var path = section["Path"];
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new StartupException($"{key}:Path is not configured: outside Development {neededFor}.");
        }

        if (!File.Exists(path))
        {
            throw new StartupException($"The certificate file '{Path.GetFullPath(path)}' ({key}:Path) does not exist.");
        }

        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, section["Password"], X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (System.Security.Cryptography.CryptographicException ex)
        {
            throw new StartupException($"The certificate file '{Path.GetFullPath(path)}' ({key}) cannot be read: {ex.Message}");
        }
    }
}
