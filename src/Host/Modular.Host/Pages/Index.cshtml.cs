using MediatR;
using Microsoft.Extensions.Localization;
using Modular.Host.Hosting;
using Modular.Identity.Contracts.Account;

namespace Modular.Host.Pages;

public sealed class IndexModel(IMediator mediator, IStringLocalizer<SharedResource> localizer, ModuleMenu menu) : ModularPageModel(mediator, localizer)
{
    public AccountDto? Account { get; private set; }

    /// <summary>The entries besides the role's own modules (the same the menu shows).</summary>
    public MenuEntries Entries { get; private set; } = new(false, false, false);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            Account = await ReadOrNullAsync(new GetMyAccountQuery(), cancellationToken);
            Entries = await menu.EntriesAsync(User, cancellationToken);
        }
    }
}
