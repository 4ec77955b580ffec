using System.Globalization;
using Modular.Host.Pages;
using Modular.Sharing.Contracts;

namespace Modular.Host.Areas.Sharing.Pages;

/// <summary>How the Sharing pages show dates (in the product's time zone and the reader's culture) and clients' names.</summary>
public static class SharingFormat
{
    public static string Date(DateTimeOffset value) => PageTime.Moment(value);

    public static string Day(DateTimeOffset value) => PageTime.Day(value);

    public static string Day(DateOnly value) => SharedKernel.Text.LongDate.Format(value, CultureInfo.CurrentCulture);

    /// <summary>The client as "Mes dossiers" lists them: last name, then first name.</summary>
    public static string ClientName(ClientIdentityDto client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return string.IsNullOrWhiteSpace(client.FirstName) ? client.LastName : $"{client.LastName} {client.FirstName}";
    }
}
