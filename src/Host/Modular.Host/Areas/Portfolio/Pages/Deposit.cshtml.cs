using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Portfolio.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Host.Areas.Portfolio.Pages;

/// <summary>
/// « Déposer une DSN »: one file, read as it is sent; the answer lists each declaration and what it
/// did, or, for a refused file, every problem with its line.
/// </summary>
public sealed class PortfolioDepositModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public DepositDto? Deposit { get; private set; }

    /// <summary>A refused file's problems, each in the reader's language with its line.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        // Not offered to whoever may not deposit (a collaborator whose profiles only consult, say).
        if (!(await Mediator.Send(new GetPortfolioAccessQuery(), cancellationToken)).Value.MayDeposit)
        {
            return NotFound();
        }

        if (id is { } depositId)
        {
            Deposit = await ReadOrNullAsync(new GetDepositQuery(depositId), cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0 && string.IsNullOrEmpty(file.FileName))
        {
            ModelState.AddModelError(string.Empty, L["Portfolio.Deposit.NoFile"]);
            return Page();
        }

        await using var content = file.OpenReadStream();
        var deposited = await Mediator.Send(new DepositDsnCommand(file.FileName, content), cancellationToken);
        if (deposited.IsFailure)
        {
            if (deposited.Error!.Code is PortfolioErrorCodes.NoPortfolioAccess or PortfolioErrorCodes.ResponsibilityMissing)
            {
                return NotFound();
            }

            AddErrors(deposited.Error, prefix: null);
            Problems = deposited.Error.Extensions.TryGetValue("problems", out var value) && value is IReadOnlyList<Error> problems
                ? [.. problems.Select(Message)]
                : [];
            return Page();
        }

        StatusMessage = deposited.Value.AlreadyDeposited
            ? L["Portfolio.Deposit.Already", PortfolioFormat.Moment(deposited.Value.DepositedAt)]
            : L["Portfolio.Deposit.Done"];
        return RedirectToPage("/Deposit", new { area = "Portfolio", id = deposited.Value.Id });
    }
}
