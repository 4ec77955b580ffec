using MediatR;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Identity.Contracts.Account;

namespace Modular.Host.Areas.Identity.Pages.Account.Manage;

public sealed class ManageIndexModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public AccountDto? Account { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Account = await ReadOrNullAsync(new GetMyAccountQuery(), cancellationToken);
    }
}
