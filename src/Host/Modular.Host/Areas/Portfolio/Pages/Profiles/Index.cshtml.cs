using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Identity.Contracts.Account;
using Modular.Portfolio.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Host.Areas.Portfolio.Pages.Profiles;

/// <summary>
/// « Délégation de gestion », the administrator's: the firm's delegation profiles (what part, which
/// responsibilities, who holds them) and the agents given the portfolio-administrator right.
/// </summary>
public sealed class ProfilesIndexModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public IReadOnlyList<DelegationProfileDto> Profiles { get; private set; } = [];

    public IReadOnlyList<PortfolioAdministratorDto> Administrators { get; private set; } = [];

    /// <summary>The firm's active agents, by name: who may hold a profile or the right.</summary>
    public IReadOnlyList<OrganisationMemberDto> Agents { get; private set; } = [];

    public IReadOnlyDictionary<Guid, EstablishmentDto> Establishments { get; private set; } = new Dictionary<Guid, EstablishmentDto>();

    public IReadOnlyList<PartnerGroupDto> Groups { get; private set; } = [];

    public string NameOf(Guid userId) => Agents.FirstOrDefault(a => a.Id == userId)?.DisplayName ?? L["Portfolio.Profiles.FormerAgent"];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var profiles = await Mediator.Send(new ListDelegationProfilesQuery(), cancellationToken);
        if (profiles.IsFailure)
        {
            return NotFound();
        }

        Profiles = profiles.Value;
        Administrators = (await Mediator.Send(new ListPortfolioAdministratorsQuery(), cancellationToken)).Value;
        Agents = await ProfileChoices.AgentsAsync(Mediator, cancellationToken);
        Establishments = (await Mediator.Send(new ListEstablishmentsQuery(), cancellationToken)).Value.ToDictionary(e => e.Id);
        Groups = (await Mediator.Send(new ListPartnerGroupsQuery(), cancellationToken)).Value;
        return Page();
    }

    public async Task<IActionResult> OnPostGrantAsync(Guid userId, CancellationToken cancellationToken) =>
        await AfterAsync(await Mediator.Send(new GrantPortfolioAdministratorCommand(userId), cancellationToken), "Portfolio.Profiles.Granted", cancellationToken);

    public async Task<IActionResult> OnPostRevokeAsync(Guid userId, CancellationToken cancellationToken) =>
        await AfterAsync(await Mediator.Send(new RevokePortfolioAdministratorCommand(userId), cancellationToken), "Portfolio.Profiles.Revoked", cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken) =>
        await AfterAsync(await Mediator.Send(new DeleteDelegationProfileCommand(id), cancellationToken), "Portfolio.Profiles.Deleted", cancellationToken);

    private async Task<IActionResult> AfterAsync(Result result, string done, CancellationToken cancellationToken)
    {
        if (result.IsFailure)
        {
            if (result.Error!.Kind is ErrorKind.Forbidden)
            {
                return NotFound();
            }

            AddErrors(result.Error, prefix: null);
            return await OnGetAsync(cancellationToken);
        }

        StatusMessage = L[done];
        return Redirect("/Portfolio/Profiles");
    }
}
