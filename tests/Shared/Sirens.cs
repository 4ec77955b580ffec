namespace Modular.Tests.Shared;

/// <summary>SIRENs no other test of the run uses (valid by Luhn), so that tests sharing a portfolio never meet.</summary>
public static class Sirens
{
    private static int _next = Random.Shared.Next(100_000, 900_000) * 100;

    public static string Next() => WithKey((Interlocked.Increment(ref _next) % 100_000_000).ToString("00000000", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The NIC of the establishment numbered <paramref name="n"/> of the SIREN, with the key that makes the SIRET valid.</summary>
    public static string Nic(string siren, int n) => WithKey(siren + n.ToString("0000", System.Globalization.CultureInfo.InvariantCulture))[9..];

    /// <summary>A NIC whose key is wrong.</summary>
    public static string BadNic(string siren, int n)
    {
        var nic = Nic(siren, n);
        return nic[..4] + (char)('0' + ((nic[4] - '0' + 1) % 10));
    }

    public static string WithKey(string prefix) => Enumerable.Range(0, 10).Select(d => prefix + d).First(IsLuhn);

    private static bool IsLuhn(string digits) =>
        digits.Reverse().Select((c, i) => i % 2 == 1 ? ((c - '0') * 2) - ((c - '0') * 2 > 9 ? 9 : 0) : c - '0').Sum() % 10 == 0;
}
