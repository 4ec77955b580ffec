namespace Modular.ClientPortal.Domain.Requests;

/// <summary>
/// « L'offre s'adresse actuellement aux entreprises clientes avec un volume de primes à partir de
/// 250 000 francs, sur tous les contrats existants (IJM, LAA et LAAC) »: the threshold is
/// configured (<c>Modular:Portal:MinimumPremiumVolume</c>, in francs).
/// </summary>
internal static class Eligibility
{
    public const decimal DefaultMinimumFrancs = 250_000m;

    public static bool IsEligible(long premiumVolumeCentimes, decimal minimumFrancs) => premiumVolumeCentimes >= (long)(minimumFrancs * 100m);
}
