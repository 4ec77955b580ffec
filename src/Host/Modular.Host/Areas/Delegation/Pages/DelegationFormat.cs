using System.Globalization;
using Modular.SharedKernel.Text;

namespace Modular.Host.Areas.Delegation.Pages;

/// <summary>How the Delegation pages write a day: « 19 novembre 2024 », "19 November 2024".</summary>
public static class DelegationFormat
{
    public static string Date(DateOnly date) => LongDate.Format(date, CultureInfo.CurrentCulture);
}
