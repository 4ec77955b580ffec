using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Domain;
using Modular.SharedKernel.Results;

namespace Modular.Delegation.Infrastructure.Signatures;

/// <summary>
/// Verifies a detached CMS signature with <see cref="SignedCms"/>: the signed content is the
/// document given, so a signature of another document does not verify; exactly one signer, whose
/// signature checks out (the certificate is the one the signer chose: no trust chain is required,
/// as professionals sign with certificates from many authorities), and whose certificate is valid
/// now. The signing time is read when the signer gave one.
/// </summary>
internal sealed class CmsSignatureVerifier : ISignatureVerifier
{
    public Result<VerifiedSignature> Verify(ReadOnlySpan<byte> document, ReadOnlySpan<byte> signature, DateTimeOffset now)
    {
        if (signature.IsEmpty)
        {
            return DelegationErrors.SignatureDigitalInvalid;
        }

        var cms = new SignedCms(new ContentInfo(document.ToArray()), detached: true);
        try
        {
            cms.Decode(signature);
            cms.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException)
        {
            return DelegationErrors.SignatureDigitalInvalid;
        }

        if (cms.SignerInfos.Count != 1 || cms.SignerInfos[0].Certificate is not { } certificate)
        {
            return DelegationErrors.SignatureDigitalInvalid;
        }

        var (notBefore, notAfter) = (new DateTimeOffset(certificate.NotBefore.ToUniversalTime()), new DateTimeOffset(certificate.NotAfter.ToUniversalTime()));
        if (now < notBefore || now > notAfter)
        {
            return DelegationErrors.SignatureCertificateExpired(certificate.Subject, notBefore, notAfter);
        }

        return new VerifiedSignature(certificate.Subject, notBefore, notAfter, SigningTime(cms.SignerInfos[0]));
    }

    private static DateTimeOffset? SigningTime(SignerInfo signer)
    {
        foreach (var attribute in signer.SignedAttributes)
        {
            if (attribute.Values.Count > 0 && attribute.Values[0] is Pkcs9SigningTime time)
            {
                return new DateTimeOffset(time.SigningTime.ToUniversalTime());
            }
        }

        return null;
    }
}
