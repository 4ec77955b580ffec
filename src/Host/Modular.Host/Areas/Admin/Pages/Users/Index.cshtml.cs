using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Identity.Contracts.Admin;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;

namespace Modular.Host.Areas.Admin.Pages.Users;

public sealed class UsersIndexModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedList<UserSummaryDto>? Users { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new SearchUsersQuery(Search, PageNumber), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
            return;
        }

        Users = result.Value;
    }

    public Task<IActionResult> OnPostLockAsync(Guid userId, CancellationToken ct) => RunAsync(new LockUserCommand(userId), "Admin.Users.LockedDone", ct);

    public Task<IActionResult> OnPostUnlockAsync(Guid userId, CancellationToken ct) => RunAsync(new UnlockUserCommand(userId), "Admin.Users.UnlockedDone", ct);

    public Task<IActionResult> OnPostDeactivateAsync(Guid userId, CancellationToken ct) => RunAsync(new DeactivateUserCommand(userId), "Admin.Users.DeactivatedDone", ct);

    public Task<IActionResult> OnPostReactivateAsync(Guid userId, CancellationToken ct) => RunAsync(new ReactivateUserCommand(userId), "Admin.Users.ReactivatedDone", ct);

    public Task<IActionResult> OnPostResetMfaAsync(Guid userId, CancellationToken ct) => RunAsync(new ResetUserMfaCommand(userId), "Admin.Users.MfaResetDone", ct);

    private async Task<IActionResult> RunAsync(ICommand command, string doneKey, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(command, cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
            await OnGetAsync(cancellationToken);
            return Page();
        }

        StatusMessage = L[doneKey];
        return RedirectToPage(new { Search, PageNumber });
    }
}
