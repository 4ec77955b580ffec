using MediatR;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Vault.Contracts;

namespace Modular.Host.Areas.Guest.Pages;

/// <summary>« Mes coffres partagés »: the vaults the signed-in person was invited into, and the folders open to them there.</summary>
public sealed class GuestIndexModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public IReadOnlyList<SharedVaultDto> Vaults { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Vaults = await ReadAsync(new ListMyVaultsQuery(), [], cancellationToken);

    /// <summary>The person's home page first, then the other folders by name.</summary>
    public static IEnumerable<SharedFolderDto> Ordered(SharedVaultDto vault) =>
        (vault ?? throw new ArgumentNullException(nameof(vault))).Folders
            .OrderByDescending(f => f.IsHomePage)
            .ThenBy(f => f.Folder.Name, StringComparer.CurrentCultureIgnoreCase);
}
