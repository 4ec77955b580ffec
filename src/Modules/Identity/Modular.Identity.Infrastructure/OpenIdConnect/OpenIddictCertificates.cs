using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.SharedKernel.Infrastructure.Security;

namespace Modular.Identity.Infrastructure.OpenIdConnect;

/// <summary>
/// Signing and encryption certificates outside Development: PKCS#12 files named in configuration
/// (<c>Modular:Identity:SigningCertificate:Path</c> and <c>:Password</c>, likewise
/// <c>EncryptionCertificate</c>). Missing or unreadable files stop the start with a clear message.
/// </summary>
internal static class OpenIddictCertificates
{
    private const string NeededFor = "the OpenID Connect server needs certificate files";

    public static void AddConfiguredCertificates(OpenIddictServerBuilder server, IConfiguration configuration)
    {
        server.AddSigningCertificate(CertificateFiles.Load(configuration, "Modular:Identity:SigningCertificate", NeededFor));
        server.AddEncryptionCertificate(CertificateFiles.Load(configuration, "Modular:Identity:EncryptionCertificate", NeededFor));
    }
}
