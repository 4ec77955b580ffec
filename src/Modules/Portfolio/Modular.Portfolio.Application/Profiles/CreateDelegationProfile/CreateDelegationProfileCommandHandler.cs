using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Profiles;
using Modular.SharedKernel.Results;
using Responsibilities = Modular.Portfolio.Domain.Profiles.Responsibilities;

namespace Modular.Portfolio.Application.Profiles.CreateDelegationProfile;

/// <summary>« Créer un profil de délégation »: part of the portfolio and responsibilities, handed to collaborators.</summary>
internal sealed class CreateDelegationProfileCommandHandler(IPortfolioRepository repository, PortfolioAccess access, ProfileChoice choice, TimeProvider time)
    : IRequestHandler<CreateDelegationProfileCommand, Result<DelegationProfileDto>>
{
    public async Task<Result<DelegationProfileDto>> Handle(CreateDelegationProfileCommand request, CancellationToken cancellationToken)
    {
        var caller = await access.AdministratorAsync(cancellationToken);
        if (caller.IsFailure)
        {
            return caller.Error;
        }

        var firm = caller.Value.FirmId;
        var (establishments, collaborators) = (request.Establishments ?? [], request.Collaborators ?? []);
        var partner = await choice.CheckAsync(firm, establishments, request.RulePartnerGroup, collaborators, cancellationToken);
        if (partner.IsFailure)
        {
            return partner.Error;
        }

        var created = DelegationProfile.Create(
            firm, request.Name, (Responsibilities)request.Responsibilities, establishments, partner.Value, (Domain.Establishments.DueDay?)request.RuleDueDay, collaborators,
            time.GetUtcNow());
        if (created.IsFailure)
        {
            return created.Error;
        }

        repository.Add(created.Value);
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsFailure ? saved.Error! : created.Value.ToDto(await repository.ListAsync(new EstablishmentsOfFirmSpec(firm), cancellationToken));
    }
}
