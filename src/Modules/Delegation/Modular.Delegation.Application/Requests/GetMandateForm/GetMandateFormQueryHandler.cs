using System.Globalization;
using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain;
using Modular.Delegation.Domain.Requests;
using Modular.Delegation.Domain.Signatures;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Delegation.Application.Requests.GetMandateForm;

/// <summary>« Un fichier par formulaire »: the request's PDF, in the reader's language, for its mandator or the back office.</summary>
internal sealed class GetMandateFormQueryHandler(
    IDelegationRepository repository, ICurrentUser user, IMediator mediator, SignatureStore signatures, IMandateForms forms, DelegableServices services, TimeProvider time)
    : IRequestHandler<GetMandateFormQuery, Result<MandateFormFileDto>>
{
    public async Task<Result<MandateFormFileDto>> Handle(GetMandateFormQuery request, CancellationToken cancellationToken)
    {
        var found = await repository.FindAsync(new MandateRequestByIdSpec(request.RequestId), cancellationToken);
        var mine = found is not null && found.MandatorId == user.UserId && found.OrganisationId == user.OrganisationId;
        if (found is null || !(mine || BackOffice.Includes(user)))
        {
            return DelegationErrors.RequestNotFound;
        }

        var organisation = (await mediator.Send(new GetOrganisationNameQuery(found.OrganisationId), cancellationToken)).OrThrow($"Reading the name of organisation {found.OrganisationId}");
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "fr";
        var content = new MandateFormContent(
            found.Id, language, organisation, found.MandatorName, found.MandatorEmail, services.NameOf(found.ServiceCode), found.Category.ToString(), found.MandataryName,
            found.EndsOn, found.CreatedAt, await SignatureAsync(found.MandatorSignature, cancellationToken), found.MandataryEmail,
            found.MandatarySignature is { } theirs ? await SignatureAsync(theirs, cancellationToken) : null, found.ExpiresAt, found.StatusAt(time.GetUtcNow()).ToString(),
            found.DecidedAt, found.RefusalReason);
        return new MandateFormFileDto($"mandat-{found.Id:N}.pdf", forms.Render(content));
    }

    private async Task<FormSignature> SignatureAsync(SignatureRecord signature, CancellationToken cancellationToken) =>
        new(signature.Kind.ToString(), signature.SignedAt, signature.Kind == SignatureKind.Digital ? null : await signatures.ReadAsync(signature, cancellationToken),
            signature.SignerSubject, signature.CertificateNotAfter);
}
