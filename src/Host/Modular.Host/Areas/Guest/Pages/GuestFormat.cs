using Microsoft.Extensions.Localization;
using Modular.Vault.Contracts;

namespace Modular.Host.Areas.Guest.Pages;

/// <summary>How the guest pages say what a person may do in a folder.</summary>
public static class GuestFormat
{
    public static string Level(FolderAccessLevel level, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return level switch
        {
            FolderAccessLevel.Manage => localizer["Guest.Level.Manage"],
            FolderAccessLevel.Write => localizer["Guest.Level.Write"],
            _ => localizer["Guest.Level.Read"],
        };
    }
}
