using System.Globalization;
using System.Text;

/// <summary>
/// Writes a valid DSN envoi of an accounting firm, streamed to disk: one declaration per 500
/// individuals, each for its own establishment (valid SIREN and SIRET keys), every individual
/// with a contract, several pays and contributions: about 530 bytes per individual, Latin-1, CRLF.
/// </summary>
internal static class DsnGenerator
{
    private const int PerDeclaration = 500;

    public static (int Lines, int Declarations) Write(string path, int individuals)
    {
        using var file = new StreamWriter(path, false, Encoding.Latin1, 1 << 16) { NewLine = "\r\n" };
        var lines = 0;
        void Line(string text)
        {
            file.WriteLine(text);
            lines++;
        }

        foreach (var head in new[]
        {
            "S10.G00.00.001,'Paie Bench'", "S10.G00.00.002,'Éditeur Bench'", "S10.G00.00.003,'1.0'", "S10.G00.00.005,'01'", "S10.G00.00.006,'P26V01'", "S10.G00.00.008,'01'",
            "S10.G00.01.001,'123456782'", "S10.G00.01.002,'00010'", "S10.G00.01.003,'Cabinet Bench'", "S10.G00.02.002,'Service paie'", "S10.G00.02.004,'0478000000'",
        })
        {
            Line(head);
        }

        var declarations = (individuals + PerDeclaration - 1) / PerDeclaration;
        for (var d = 0; d < declarations; d++)
        {
            var siren = WithKey((10_000_000 + (d * 7919)).ToString("00000000", CultureInfo.InvariantCulture));
            var siret = WithKey(siren + "0001");
            Line("S20.G00.05.001,'01'");
            Line("S20.G00.05.002,'01'");
            Line("S20.G00.05.003,'11'");
            Line($"S20.G00.05.004,'{d + 1}'");
            Line("S20.G00.05.005,'01102026'");
            Line($"S21.G00.06.001,'{siren}'");
            Line($"S21.G00.06.002,'{siret[9..]}'");
            Line($"S21.G00.11.001,'{siret[9..]}'");
            Line($"S21.G00.11.003,'{d} rue de l''Église'".Replace("''", "'", StringComparison.Ordinal));
            Line("S21.G00.11.004,'25000'");
            Line("S21.G00.11.005,'Besançon'");
            for (var i = 0; i < Math.Min(PerDeclaration, individuals - (d * PerDeclaration)); i++)
            {
                Line($"S21.G00.30.001,'1{80 + (i % 20)}0{(i % 9) + 1}75{i:000000}'");
                Line("S21.G00.30.002,'D'ALMEIDA'");
                Line("S21.G00.30.004,'Hélène'");
                Line("S21.G00.30.006,'01011980'");
                Line("S21.G00.30.007,'Besançon'");
                Line("S21.G00.40.001,'01012020'");
                Line("S21.G00.40.007,'01'");
                Line("S21.G00.40.009,'Technicienne'");
                for (var p = 0; p < 4; p++)
                {
                    Line("S21.G00.50.001,'31102026'");
                    Line("S21.G00.50.002,'2450.00'");
                }

                Line("S21.G00.78.001,'02'");
                Line("S21.G00.78.004,'2450.00'");
                Line("S21.G00.81.001,'075'");
                Line("S21.G00.81.004,'183.75'");
            }
        }

        Line($"S90.G00.90.001,'{lines + 2}'");
        Line($"S90.G00.90.002,'{declarations}'");
        return (lines, declarations);
    }

    private static string WithKey(string prefix)
    {
        for (var d = 0; d < 10; d++)
        {
            var candidate = prefix + d.ToString(CultureInfo.InvariantCulture);
            if (Luhn(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(prefix);
    }

    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[^(i + 1)] - '0';
            sum += i % 2 == 1 ? (digit * 2 > 9 ? (digit * 2) - 9 : digit * 2) : digit;
        }

        return sum % 10 == 0;
    }
}
