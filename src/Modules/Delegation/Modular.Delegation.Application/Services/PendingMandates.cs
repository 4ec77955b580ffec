using Modular.Delegation.Application.Ports;
using Modular.Delegation.Domain.Mandates;
using Modular.Delegation.Domain.Requests;

namespace Modular.Delegation.Application.Services;

/// <summary>
/// « Vous devez remplir un formulaire par mandataire et par service en ligne »: whether the person
/// an address names already has, for the service, a request that holds its place or a mandate in
/// force. An address matches a request's link address or its mandatary's own, as compared.
/// </summary>
internal sealed class PendingMandates(IDelegationRepository repository)
{
    public async Task<bool> ExistsAsync(Guid organisationId, string serviceCode, IReadOnlyCollection<string> emails, Guid? except, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var normalised = emails.Select(MandateEmails.Normalise).ToHashSet(StringComparer.Ordinal);
        var requests = await repository.ListAsync(new OpenMandateRequestsSpec(organisationId, serviceCode), cancellationToken);
        if (requests.Any(r => r.Id != except && r.IsPending(now) && (normalised.Contains(r.LinkEmail) || (r.MandataryEmail is { } own && normalised.Contains(own)))))
        {
            return true;
        }

        var mandates = await repository.ListAsync(new MandatesInForceSpec(organisationId, serviceCode, now), cancellationToken);
        return mandates.Any(m => normalised.Contains(m.MandataryEmail));
    }
}
