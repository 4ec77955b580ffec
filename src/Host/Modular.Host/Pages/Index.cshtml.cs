using MediatR;
using Microsoft.Extensions.Localization;
using Modular.Identity.Contracts.Account;

namespace Modular.Host.Pages;

public sealed class IndexModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public AccountDto? Account { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            Account = await ReadOrNullAsync(new GetMyAccountQuery(), cancellationToken);
        }
    }
}
