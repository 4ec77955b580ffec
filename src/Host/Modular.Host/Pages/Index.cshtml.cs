using MediatR;
using Microsoft.Extensions.Localization;
using Modular.Host.Hosting;
using Modular.Identity.Contracts.Account;

namespace Modular.Host.Pages;

public sealed class IndexModel(IMediator mediator, IStringLocalizer<SharedResource> localizer, PortalMenu portal, GuestMenu guest, PortfolioMenu portfolio) : ModularPageModel(mediator, localizer)
{
    public AccountDto? Account { get; private set; }

    /// <summary>The account reads a company's documents on the client portal.</summary>
    public bool IsPortalReader { get; private set; }

    /// <summary>The account reaches its firm's portfolio (see <see cref="PortfolioMenu"/>).</summary>
    public bool HasPortfolio { get; private set; }

    /// <summary>The account is offered « Mes coffres partagés » (see <see cref="GuestMenu"/>).</summary>
    public bool IsVaultGuest { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            Account = await ReadOrNullAsync(new GetMyAccountQuery(), cancellationToken);
            IsPortalReader = await portal.IsReaderAsync(User, cancellationToken);
            IsVaultGuest = await guest.IsShownAsync(User, IsPortalReader, cancellationToken);
            HasPortfolio = await portfolio.IsShownAsync(User, cancellationToken);
        }
    }
}
