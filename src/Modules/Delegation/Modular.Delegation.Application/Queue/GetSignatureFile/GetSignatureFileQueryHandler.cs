using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain;
using Modular.Delegation.Domain.Requests;
using Modular.Delegation.Domain.Signatures;
using Modular.SharedKernel.Results;

namespace Modular.Delegation.Application.Queue.GetSignatureFile;

/// <summary>
/// A party's signature for the back office to check: the drawn or scanned image, or the <c>.p7s</c>
/// and the PDF it signs, both as kept.
/// </summary>
internal sealed class GetSignatureFileQueryHandler(IDelegationRepository repository, SignatureStore signatures) : IRequestHandler<GetSignatureFileQuery, Result<SignatureFileDto>>
{
    public async Task<Result<SignatureFileDto>> Handle(GetSignatureFileQuery request, CancellationToken cancellationToken)
    {
        var found = await repository.FindAsync(new MandateRequestByIdSpec(request.RequestId), cancellationToken);
        var signature = request.Mandatary ? found?.MandatarySignature : found?.MandatorSignature;
        var party = request.Mandatary ? "mandataire" : "mandant";
        return signature switch
        {
            null => DelegationErrors.RequestNotFound,
            { DocumentBlobId: { } document } when request.SignedDocument =>
                new SignatureFileDto($"mandat-{found!.Id:N}-signe-{party}.pdf", FormDocuments.PdfType, await signatures.ReadBlobAsync(document, cancellationToken)),
            _ when request.SignedDocument => DelegationErrors.RequestNotFound,
            _ => new SignatureFileDto(
                $"mandat-{found!.Id:N}-signature-{party}.{Extension(signature)}", signature.ContentType, await signatures.ReadAsync(signature, cancellationToken)),
        };
    }

    private static string Extension(SignatureRecord signature) => signature.Kind switch
    {
        SignatureKind.Digital => "p7s",
        _ when signature.ContentType == "image/jpeg" => "jpg",
        _ => "png",
    };
}
