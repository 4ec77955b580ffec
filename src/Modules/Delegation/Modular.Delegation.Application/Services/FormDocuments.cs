using System.Globalization;
using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Domain.Requests;
using Modular.Delegation.Domain.Signatures;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;

namespace Modular.Delegation.Application.Services;

/// <summary>
/// « Un fichier par formulaire »: the PDF of a request as it stands, in the reader's language, with
/// both parts and both signatures. The one a party is to sign digitally is kept as given, since its
/// <c>.p7s</c> must sign exactly those bytes.
/// </summary>
internal sealed class FormDocuments(IMediator mediator, SignatureStore signatures, IMandateForms forms, IDelegationBlobs blobs, DelegableServices services, TimeProvider time)
{
    public const string PdfType = "application/pdf";

    /// <summary>
    /// The request's PDF now; with <paramref name="mandataryEmail"/>, the « section Utilisateur » as the
    /// mandatary filled it, their digital signature to come.
    /// </summary>
    public async Task<byte[]> RenderAsync(MandateRequest request, string? mandataryEmail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var organisation = (await mediator.Send(new GetOrganisationNameQuery(request.OrganisationId), cancellationToken))
            .OrThrow($"Reading the name of organisation {request.OrganisationId}");
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "fr";
        var theirs = request.MandatarySignature is { } signed ? await SignatureAsync(signed, cancellationToken)
            : mandataryEmail is not null || request.DocumentToSign is not null && request.MandataryEmail is not null ? FormSignature.DigitalPending
            : null;
        var content = new MandateFormContent(
            request.Id, language, organisation, request.MandatorName, request.MandatorEmail, services.NameOf(request.ServiceCode), request.Category.ToString(),
            request.MandataryName, request.EndsOn, request.CreatedAt,
            request.MandatorSignature is { } mine ? await SignatureAsync(mine, cancellationToken) : FormSignature.DigitalPending,
            mandataryEmail ?? request.MandataryEmail, theirs, request.ExpiresAt, request.StatusAt(time.GetUtcNow()).ToString(), request.DecidedAt, request.RefusalReason);
        return forms.Render(content);
    }

    /// <summary>Makes and keeps the PDF a party is to sign digitally; its blob's id for <see cref="MandateRequest.DocumentToSign"/>.</summary>
    public async Task<string> KeepToSignAsync(MandateRequest request, string? mandataryEmail, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(await RenderAsync(request, mandataryEmail, cancellationToken), writable: false);
        return (await blobs.PutAsync(stream, cancellationToken)).Id;
    }

    /// <summary>The PDF a party is to sign, as kept; none when no digital signature is awaited.</summary>
    public async Task<byte[]?> ToSignAsync(MandateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.DocumentToSign is { } id ? await signatures.ReadBlobAsync(id, cancellationToken) : null;
    }

    /// <summary>The file name a form's PDF is downloaded as.</summary>
    public static string FileName(MandateRequest request, string suffix = "")
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"mandat-{request.Id:N}{suffix}.pdf";
    }

    private async Task<FormSignature> SignatureAsync(SignatureRecord signature, CancellationToken cancellationToken) =>
        new(signature.Kind.ToString(), signature.SignedAt, signature.Kind == SignatureKind.Digital ? null : await signatures.ReadAsync(signature, cancellationToken),
            signature.SignerSubject, signature.CertificateNotAfter);
}
