using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Modular.IntegrationTests.Support;

/// <summary>Self-signed certificates (token signing and encryption, key ring) in PKCS#12 files, as an operator provides them in production.</summary>
public sealed record TestCertificates(string SigningPath, string EncryptionPath, string KeyRingPath, string Password)
{
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["Modular__Identity__SigningCertificate__Path"] = SigningPath,
        ["Modular__Identity__SigningCertificate__Password"] = Password,
        ["Modular__Identity__EncryptionCertificate__Path"] = EncryptionPath,
        ["Modular__Identity__EncryptionCertificate__Password"] = Password,
        ["Modular__DataProtection__Certificate__Path"] = KeyRingPath,
        ["Modular__DataProtection__Certificate__Password"] = Password,
    };

    public IEnumerable<KeyValuePair<string, string?>> Settings => Environment.Select(e => KeyValuePair.Create(e.Key.Replace("__", ":", StringComparison.Ordinal), (string?)e.Value));

    public static TestCertificates Create()
    {
        var folder = Directory.CreateTempSubdirectory("modular-certs-").FullName;
        const string password = "test-certificate-password";
        var signing = Path.Combine(folder, "signing.pfx");
        var encryption = Path.Combine(folder, "encryption.pfx");
        File.WriteAllBytes(signing, Make("CN=Modular signing", X509KeyUsageFlags.DigitalSignature, password));
        File.WriteAllBytes(encryption, Make("CN=Modular encryption", X509KeyUsageFlags.KeyEncipherment, password));
        var keyRing = Path.Combine(folder, "key-ring.pfx");
        File.WriteAllBytes(keyRing, Make("CN=Modular key ring", X509KeyUsageFlags.KeyEncipherment, password));
        return new TestCertificates(signing, encryption, keyRing, password);
    }

    private static byte[] Make(string subject, X509KeyUsageFlags usage, string password)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return certificate.Export(X509ContentType.Pfx, password);
    }
}
