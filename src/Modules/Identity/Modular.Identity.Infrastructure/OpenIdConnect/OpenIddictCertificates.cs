using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.SharedKernel.Infrastructure.Modules;

namespace Modular.Identity.Infrastructure.OpenIdConnect;

/// <summary>
/// Signing and encryption certificates outside Development: PKCS#12 files named in configuration
/// (<c>Modular:Identity:SigningCertificate:Path</c> and <c>:Password</c>, likewise
/// <c>EncryptionCertificate</c>). Missing or unreadable files stop the start with a clear message.
/// </summary>
internal static class OpenIddictCertificates
{
    public static void AddConfiguredCertificates(OpenIddictServerBuilder server, IConfiguration configuration)
    {
        server.AddSigningCertificate(Load(configuration, "SigningCertificate"));
        server.AddEncryptionCertificate(Load(configuration, "EncryptionCertificate"));
    }

    private static X509Certificate2 Load(IConfiguration configuration, string name)
    {
        var section = configuration.GetSection($"Modular:Identity:{name}");
        var path = section["Path"];
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new StartupException($"Modular:Identity:{name}:Path is not configured: outside Development the OpenID Connect server needs certificate files.");
        }

        if (!File.Exists(path))
        {
            throw new StartupException($"The certificate file '{Path.GetFullPath(path)}' (Modular:Identity:{name}:Path) does not exist.");
        }

        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, section["Password"], X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (System.Security.Cryptography.CryptographicException ex)
        {
            throw new StartupException($"The certificate file '{Path.GetFullPath(path)}' (Modular:Identity:{name}) cannot be read: {ex.Message}");
        }
    }
}
