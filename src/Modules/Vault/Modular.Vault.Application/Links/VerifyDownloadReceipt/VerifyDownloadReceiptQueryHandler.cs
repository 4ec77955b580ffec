using MediatR;
using Modular.SharedKernel.Results;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;

namespace Modular.Vault.Application.Links.VerifyDownloadReceipt;

/// <summary>
/// Checks a pasted download receipt: the signature first, on the bytes as pasted (so that any change
/// to the payload is told as a bad signature, not as garbage), then that the signed text is a
/// download receipt. Nothing is read from the store: a receipt stands on its own.
/// </summary>
internal sealed class VerifyDownloadReceiptQueryHandler(IReceiptSigner signer) : IRequestHandler<VerifyDownloadReceiptQuery, Result<VerifiedDownloadReceiptDto>>
{
    public Task<Result<VerifiedDownloadReceiptDto>> Handle(VerifyDownloadReceiptQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(Verify(request.Receipt));

    private Result<VerifiedDownloadReceiptDto> Verify(string? pasted)
    {
        // A compact JWS has no whitespace: what a mail client or a terminal wrapped is joined again.
        var receipt = string.Concat((pasted ?? "").Where(c => !char.IsWhiteSpace(c)));
        if (receipt.Length == 0)
        {
            return VaultErrors.ReceiptEmpty;
        }

        if (receipt.Length > DownloadReceiptFormat.MaxLength)
        {
            return VaultErrors.ReceiptTooLong(DownloadReceiptFormat.MaxLength);
        }

        var signature = signer.Verify(receipt);
        switch (signature.Outcome)
        {
            case ReceiptSignatureOutcome.Malformed:
                return VaultErrors.ReceiptMalformed;
            case ReceiptSignatureOutcome.UnknownKey:
                return VaultErrors.ReceiptKeyUnknown;
            case ReceiptSignatureOutcome.BadSignature:
                return VaultErrors.ReceiptSignatureInvalid;
        }

        // Signed by the server, but perhaps one of its tokens: only a receipt, by its type and its payload, is one.
        if (signature.Type != DownloadReceiptFormat.HeaderType || ReceiptPayload.Read(signature.PayloadJson!) is not { } content)
        {
            return VaultErrors.ReceiptOfAnotherKind;
        }

        return new VerifiedDownloadReceiptDto(signature.KeyId!, signature.Algorithm!, content);
    }
}
