using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Profiles;
using Modular.SharedKernel.Results;
using Responsibilities = Modular.Portfolio.Domain.Profiles.Responsibilities;

namespace Modular.Portfolio.Application.Profiles.ChangeDelegationProfile;

/// <summary>Changes a profile as a whole: its collaborators see the new part at their next request.</summary>
internal sealed class ChangeDelegationProfileCommandHandler(IPortfolioRepository repository, PortfolioAccess access, ProfileChoice choice)
    : IRequestHandler<ChangeDelegationProfileCommand, Result<DelegationProfileDto>>
{
    public async Task<Result<DelegationProfileDto>> Handle(ChangeDelegationProfileCommand request, CancellationToken cancellationToken)
    {
        var caller = await access.AdministratorAsync(cancellationToken);
        if (caller.IsFailure)
        {
            return caller.Error;
        }

        var firm = caller.Value.FirmId;
        if ((await repository.ListAsync(new ProfileByIdSpec(firm, request.Id), cancellationToken)).FirstOrDefault() is not { } profile)
        {
            return PortfolioErrors.ProfileNotFound;
        }

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
