using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Identity.Contracts.Account;
using Modular.Portfolio.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Host.Areas.Portfolio.Pages.Profiles;

/// <summary>
/// Creates or changes a delegation profile: its name, its responsibilities (consulting comes with
/// any), its part of the portfolio (establishments ticked one by one, or a rule: partner group
/// and/or due day, which also takes in the ones completed later) and the agents who hold it.
/// </summary>
public sealed class EditProfileModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public ProfileForm Input { get; set; } = new();

    public IReadOnlyList<OrganisationMemberDto> Agents { get; private set; } = [];

    public IReadOnlyList<EstablishmentDto> Establishments { get; private set; } = [];

    public IReadOnlyList<PartnerGroupDto> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!(await Mediator.Send(new GetPortfolioAccessQuery(), cancellationToken)).Value.IsAdministrator)
        {
            return NotFound();
        }

        if (Id is { } id)
        {
            var profile = await Mediator.Send(new GetDelegationProfileQuery(id), cancellationToken);
            if (profile.IsFailure)
            {
                return NotFound();
            }

            Input = ProfileForm.Of(profile.Value);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var byRule = Input.Mode == ProfileForm.ByRule;
        IReadOnlyList<Guid> establishments = byRule ? [] : Input.Establishments;
        var (partner, day) = byRule ? (Input.PartnerGroup, Input.DueDay) : (null, null);
        var responsibilities = Input.Responsibilities.Aggregate(Responsibilities.None, (all, r) => all | r);
        Result<DelegationProfileDto> saved = Id is { } id
            ? await Mediator.Send(new ChangeDelegationProfileCommand(id, Input.Name, responsibilities, establishments, partner, day, Input.Collaborators), cancellationToken)
            : await Mediator.Send(new CreateDelegationProfileCommand(Input.Name, responsibilities, establishments, partner, day, Input.Collaborators), cancellationToken);
        if (saved.IsFailure)
        {
            if (saved.Error!.Kind is ErrorKind.NotFound or ErrorKind.Forbidden)
            {
                return NotFound();
            }

            AddErrors(saved.Error);
            await LoadAsync(cancellationToken);
            return Page();
        }

        StatusMessage = L[Id is null ? "Portfolio.Profiles.Created" : "Portfolio.Profiles.Changed", saved.Value.Name];
        return Redirect("/Portfolio/Profiles");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Agents = await ProfileChoices.AgentsAsync(Mediator, cancellationToken);
        Establishments = (await Mediator.Send(new ListEstablishmentsQuery(), cancellationToken)).Value;
        Groups = (await Mediator.Send(new ListPartnerGroupsQuery(), cancellationToken)).Value;
    }
}

/// <summary>What the profile form posts.</summary>
public sealed class ProfileForm
{
    public const string OneByOne = "list";
    public const string ByRule = "rule";

    public string? Name { get; set; }

    public List<Responsibilities> Responsibilities { get; set; } = [];

    /// <summary><see cref="OneByOne"/> or <see cref="ByRule"/>.</summary>
    public string Mode { get; set; } = OneByOne;

    public List<Guid> Establishments { get; set; } = [];

    /// <summary>The rule's partner group (named as the domain's field, so its error shows here).</summary>
    public string? PartnerGroup { get; set; }

    public DueDay? DueDay { get; set; }

    public List<Guid> Collaborators { get; set; } = [];

    public static ProfileForm Of(DelegationProfileDto profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var byRule = profile.RulePartnerGroup is not null || profile.RuleDueDay is not null;
        return new ProfileForm
        {
            Name = profile.Name,
            Responsibilities = [.. Enum.GetValues<Responsibilities>().Where(r => r != Modular.Portfolio.Contracts.Responsibilities.None && profile.Responsibilities.HasFlag(r))],
            Mode = byRule ? ByRule : OneByOne,
            Establishments = [.. profile.Establishments],
            PartnerGroup = profile.RulePartnerGroup,
            DueDay = profile.RuleDueDay,
            Collaborators = [.. profile.Collaborators],
        };
    }
}
