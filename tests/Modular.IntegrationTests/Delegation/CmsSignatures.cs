using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Modular.IntegrationTests.Delegation;

/// <summary>Certificates and detached CMS signatures (<c>.p7s</c>) made here, as a professional's signing tool makes them.</summary>
internal static class CmsSignatures
{
    public static X509Certificate2 Certificate(string subject, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        return request.CreateSelfSigned(notBefore, notAfter);
    }

    /// <summary>A certificate valid from yesterday for a year.</summary>
    public static X509Certificate2 Valid(string subject) => Certificate(subject, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));

    public static byte[] Sign(byte[] document, X509Certificate2 certificate)
    {
        var cms = new SignedCms(new ContentInfo(document), detached: true);
        cms.ComputeSignature(new CmsSigner(certificate) { IncludeOption = X509IncludeOption.EndCertOnly });
        return cms.Encode();
    }

    /// <summary>Whether <paramref name="p7s"/> is a valid signature of exactly <paramref name="document"/> (what anyone can check again).</summary>
    public static bool Verifies(byte[] document, byte[] p7s)
    {
        var cms = new SignedCms(new ContentInfo(document), detached: true);
        try
        {
            cms.Decode(p7s);
            cms.CheckSignature(verifySignatureOnly: true);
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
