using Modular.Portfolio.Application.Establishments;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Domain;
using Modular.Portfolio.Domain.Establishments;
using Modular.SharedKernel.Results;

namespace Modular.Portfolio.Application.Profiles;

/// <summary>
/// What a profile names, checked before it is kept: its establishments are the firm's (not removed),
/// its rule's partner group is one of the list, and its collaborators are active accounts of the firm.
/// </summary>
internal sealed class ProfileChoice(IPortfolioRepository repository, IPortfolioSettings settings, FirmMembers members)
{
    public async Task<Result<string?>> CheckAsync(
        Guid firmId, IReadOnlyCollection<Guid> establishments, string? rulePartnerGroup, IReadOnlyCollection<Guid> collaborators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(establishments);
        ArgumentNullException.ThrowIfNull(collaborators);
        var partner = PartnerGroups.Read(settings, rulePartnerGroup);
        if (partner.IsFailure)
        {
            return partner;
        }

        var ids = establishments.Distinct().ToList();
        if (ids.Count > 0)
        {
            var found = await repository.ListAsync(new EstablishmentsByIdsSpec(firmId, ids), cancellationToken);
            if (found.Count != ids.Count || found.Any(e => e.RemovedAt is not null))
            {
                return PortfolioErrors.EstablishmentUnknown;
            }
        }

        return await members.AllActiveAsync(firmId, collaborators, cancellationToken) ? partner : PortfolioErrors.CollaboratorUnknown;
    }
}
