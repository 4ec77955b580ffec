using MediatR;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain.Establishments;
using Modular.SharedKernel.Results;
using Responsibilities = Modular.Portfolio.Domain.Profiles.Responsibilities;

namespace Modular.Portfolio.Application.Profiles.ChangeDelegationProfile;

/// <summary>Changes a profile as a whole: its collaborators see the new part at their next request.</summary>
internal sealed class ChangeDelegationProfileCommandHandler(IPortfolioRepository repository, ProfileLookup profiles, ProfileChoice choice)
    : IRequestHandler<ChangeDelegationProfileCommand, Result<DelegationProfileDto>>
{
    public async Task<Result<DelegationProfileDto>> Handle(ChangeDelegationProfileCommand request, CancellationToken cancellationToken)
    {
        var found = await profiles.FindAsync(request.Id, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var (firm, profile) = (found.Value.Caller.FirmId, found.Value.Profile);
        var (establishments, collaborators) = (request.Establishments ?? [], request.Collaborators ?? []);
        var partner = await choice.CheckAsync(firm, establishments, request.RulePartnerGroup, collaborators, cancellationToken);
        if (partner.IsFailure)
        {
            return partner.Error;
        }

        var changed = profile.Change(
            request.Name, (Responsibilities)request.Responsibilities, establishments, partner.Value, (Domain.Establishments.DueDay?)request.RuleDueDay, collaborators);
        if (changed.IsFailure)
        {
            return changed.Error!;
        }

        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsFailure ? saved.Error! : profile.ToDto(await repository.ListAsync(new EstablishmentsOfFirmSpec(firm), cancellationToken));
    }
}
