namespace Modular.ClientPortal.Domain.Companies;

/// <summary>A contract of a client company with the insurer: its line, its number and its annual premium in centimes of a franc.</summary>
internal sealed record Contract(Line Line, string Number, long AnnualPremiumCentimes)
{
    public const int NumberMaxLength = 30;
}
