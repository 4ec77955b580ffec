using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using Modular.Delegation.Domain.Signatures;
using Modular.Delegation.Infrastructure.Signatures;

namespace Modular.UnitTests.Delegation;

/// <summary>
/// The three forms of signature a mandate form takes: a drawn one (the page's PNG), a scanned one (a
/// PNG or JPEG, checked by content), and a digital one (a detached CMS signature of the form's PDF,
/// verified with certificates made here).
/// </summary>
public sealed class SignatureTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Form = "%PDF-1.7 formulaire de mandat Claire Martin / Dr Jean Dupont"u8.ToArray();

    [Fact]
    public void A_digital_signature_of_the_form_gives_its_signer_and_certificate_validity()
    {
        using var certificate = Certificate("CN=Dr Jean Dupont, O=Cabinet Démo", Now.AddYears(-1), Now.AddYears(1));

        var verified = new CmsSignatureVerifier().Verify(Form, Sign(Form, certificate), Now).Value;

        Assert.Equal("CN=Dr Jean Dupont, O=Cabinet Démo", verified.SignerSubject);
        Assert.Equal((Now.AddYears(-1).Date, Now.AddYears(1).Date), (verified.NotBefore.UtcDateTime.Date, verified.NotAfter.UtcDateTime.Date));
        Assert.NotNull(verified.SignedAt);
    }

    [Fact]
    public void A_signature_of_another_document_is_refused()
    {
        using var certificate = Certificate("CN=Dr Jean Dupont", Now.AddYears(-1), Now.AddYears(1));
        var other = Sign("%PDF-1.7 un autre document"u8.ToArray(), certificate);

        Assert.Equal("signature-digital-invalid", new CmsSignatureVerifier().Verify(Form, other, Now).Error!.Code);
    }

    [Fact]
    public void A_tampered_or_empty_signature_is_refused()
    {
        using var certificate = Certificate("CN=Dr Jean Dupont", Now.AddYears(-1), Now.AddYears(1));
        var signature = Sign(Form, certificate);
        signature[^20] ^= 0xFF;

        Assert.Equal("signature-digital-invalid", new CmsSignatureVerifier().Verify(Form, signature, Now).Error!.Code);
        Assert.Equal("signature-digital-invalid", new CmsSignatureVerifier().Verify(Form, [], Now).Error!.Code);
        Assert.Equal("signature-digital-invalid", new CmsSignatureVerifier().Verify(Form, "pas une signature"u8.ToArray(), Now).Error!.Code);
    }

    [Fact]
    public void A_signature_made_with_an_expired_certificate_is_refused_naming_it()
    {
        using var certificate = Certificate("CN=Dr Jean Dupont", Now.AddYears(-3), Now.AddDays(-1));

        var refused = new CmsSignatureVerifier().Verify(Form, Sign(Form, certificate), Now);

        Assert.Equal("signature-certificate-expired", refused.Error!.Code);
        Assert.Contains("CN=Dr Jean Dupont", refused.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_drawn_signature_is_the_png_of_its_strokes()
    {
        Assert.Equal("image/png", SignatureImages.Check(SignatureKind.Drawn, PngBytes()).Value);
        var refused = SignatureImages.Check(SignatureKind.Drawn, JpegBytes());
        Assert.Equal(("signature-image-invalid", "drawn"), (refused.Error!.Code, refused.Error.Reason));
    }

    [Fact]
    public void A_scanned_signature_is_a_png_or_a_jpeg_by_its_content()
    {
        Assert.Equal("image/png", SignatureImages.Check(SignatureKind.Scanned, PngBytes()).Value);
        Assert.Equal("image/jpeg", SignatureImages.Check(SignatureKind.Scanned, JpegBytes()).Value);
        Assert.Equal("signature-image-invalid", SignatureImages.Check(SignatureKind.Scanned, "%PDF-1.7 signature.png renommée"u8).Error!.Code);
        Assert.Equal("signature-image-invalid", SignatureImages.Check(SignatureKind.Scanned, []).Error!.Code);
        Assert.Equal("signature-too-large", SignatureImages.Check(SignatureKind.Scanned, new byte[SignatureImages.MaxBytes + 1]).Error!.Code);
    }

    [Fact]
    public void An_image_is_read_at_its_bounds_a_header_alone_is_no_image_and_a_digital_signature_no_image_at_all()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        Assert.Equal("signature-image-invalid", SignatureImages.Check(SignatureKind.Drawn, [.. png, .. new byte[16]]).Error!.Code);
        Assert.Equal("image/png", SignatureImages.Check(SignatureKind.Drawn, [.. png, .. new byte[17]]).Value);

        byte[] almostPng = [.. png[..^1], 0x0B, .. new byte[40]];
        Assert.Equal("signature-image-invalid", SignatureImages.Check(SignatureKind.Scanned, almostPng).Error!.Code);

        Assert.Equal("signature-image-invalid", SignatureImages.Check(SignatureKind.Scanned, [0xFF, 0xD8, 0xFF, .. new byte[11], 0xFF, 0xD9]).Error!.Code);
        Assert.Equal("image/jpeg", SignatureImages.Check(SignatureKind.Scanned, [0xFF, 0xD8, 0xFF, .. new byte[12], 0xFF, 0xD9]).Value);
        Assert.Equal("signature-image-invalid", SignatureImages.Check(SignatureKind.Scanned, [0xFF, 0xD8, 0xFF, .. new byte[40], 0xFF, 0xD8]).Error!.Code);
        Assert.Equal("signature-image-invalid", SignatureImages.Check(SignatureKind.Scanned, [0xFF, 0xD8, 0xFE, .. new byte[40], 0xFF, 0xD9]).Error!.Code);

        byte[] largest = [.. png, .. new byte[SignatureImages.MaxBytes - png.Length]];
        Assert.Equal("image/png", SignatureImages.Check(SignatureKind.Scanned, largest).Value);
        var tooLarge = SignatureImages.Check(SignatureKind.Drawn, [.. largest, 0]);
        Assert.Equal("signature-too-large", tooLarge.Error!.Code);

        Assert.Throws<ArgumentOutOfRangeException>(() => SignatureImages.Check(SignatureKind.Digital, PngBytes()));
    }

    private static X509Certificate2 Certificate(string subject, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        return request.CreateSelfSigned(notBefore, notAfter);
    }

    private static byte[] Sign(byte[] document, X509Certificate2 certificate)
    {
        var cms = new SignedCms(new ContentInfo(document), detached: true);
        var signer = new CmsSigner(certificate) { IncludeOption = X509IncludeOption.EndCertOnly };
        signer.SignedAttributes.Add(new Pkcs9SigningTime(Now.UtcDateTime));
        cms.ComputeSignature(signer);
        return cms.Encode();
    }

    private static byte[] PngBytes() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[40]];

    private static byte[] JpegBytes() => [0xFF, 0xD8, 0xFF, 0xE0, .. new byte[40], 0xFF, 0xD9];
}
