using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Domain;
using Modular.Delegation.Domain.Requests;
using Modular.Identity.Contracts.Mandataries;
using Modular.SharedKernel.Results;

namespace Modular.Delegation.Application.Services;

/// <summary>
/// The checks of an address a party gives, beyond its form (<see cref="MandateEmails"/>): it must
/// not be another account's. The mandator's may be their own account's; the mandatary's may be
/// the account of an agent of the same organisation (who keeps it), never the mandator's.
/// </summary>
internal sealed class MandateEmailChecks(IMediator mediator, IDelegationSettings settings)
{
    /// <summary>The mandator's own address, normalised, or why it is refused.</summary>
    public async Task<Result<string>> MandatorAsync(string? email, string field, Guid mandatorId, CancellationToken cancellationToken)
    {
        var checkedEmail = MandateEmails.Check(email, field, settings.SharedAddressNames);
        if (checkedEmail.IsFailure)
        {
            return checkedEmail;
        }

        var owner = await OwnerAsync(checkedEmail.Value, cancellationToken);
        return owner.Taken && owner.UserId != mandatorId ? DelegationErrors.EmailTaken(field) : checkedEmail;
    }

    /// <summary>An address for the mandatary (their link's, or their own), normalised, or why it is refused.</summary>
    public async Task<Result<string>> MandataryAsync(string? email, string field, Guid organisationId, Guid mandatorId, CancellationToken cancellationToken)
    {
        var checkedEmail = MandateEmails.Check(email, field, settings.SharedAddressNames);
        if (checkedEmail.IsFailure)
        {
            return checkedEmail;
        }

        var owner = await OwnerAsync(checkedEmail.Value, cancellationToken);
        return owner.Taken && (owner.UserId == mandatorId || owner.OrganisationId != organisationId || !owner.IsAgent)
            ? DelegationErrors.EmailTaken(field)
            : checkedEmail;
    }

    private async Task<EmailOwnerDto> OwnerAsync(string email, CancellationToken cancellationToken) =>
        (await mediator.Send(new FindEmailOwnerQuery(email), cancellationToken)).OrThrow($"Reading whose account {email} is");
}
