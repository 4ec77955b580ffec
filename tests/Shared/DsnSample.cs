using System.Globalization;
using System.Text;

namespace Modular.Tests.Shared;

/// <summary>
/// A DSN envoi written for tests, as a payroll program writes one: the envoi and its sender, then
/// declarations (each one enterprise, one establishment, its individuals), then the total, whose
/// counts are worked out unless told otherwise. Fictitious people, valid keys; Latin-1 bytes.
/// </summary>
public sealed class DsnSample
{
    private readonly List<string> _head = [];
    private readonly List<string> _body = [];

    private DsnSample(string senderSiren, string senderNic, string? senderName)
    {
        _head.AddRange(
        [
            "S10.G00.00.001,'Logiciel Paie Démo'",
            "S10.G00.00.002,'Éditeur Démo'",
            "S10.G00.00.003,'4.2'",
            "S10.G00.00.005,'01'",
            "S10.G00.00.006,'P26V01'",
            "S10.G00.00.008,'01'",
            $"S10.G00.01.001,'{senderSiren}'",
            $"S10.G00.01.002,'{senderNic}'",
        ]);
        if (senderName is not null)
        {
            _head.Add($"S10.G00.01.003,'{senderName}'");
        }

        _head.AddRange(
        [
            "S10.G00.01.004,'12 rue des Comptables'",
            "S10.G00.01.005,'69002'",
            "S10.G00.01.006,'Lyon'",
            "S10.G00.02.002,'Claire D'ALMEIDA'",
            "S10.G00.02.004,'0478000000'",
            "S10.G00.02.005,'paie@cabinet-demo.test'",
        ]);
    }

    /// <summary>An envoi by an accounting firm (the default sender: « Cabinet Démo Expertise », SIRET 123 456 782 00010).</summary>
    public static DsnSample Envoi(string senderSiren = "123456782", string senderNic = "00010", string? senderName = "Cabinet Démo Expertise") =>
        new(senderSiren, senderNic, senderName);

    /// <summary>The total's figures as written; null: counted.</summary>
    public string? DeclaredLines { get; set; }

    public string? DeclaredDeclarations { get; set; }

    public bool WithoutTotal { get; set; }

    public int DeclarationCount { get; private set; }

    /// <summary>One declaration of a month (<c>01MMYYYY</c>) for an establishment, with <paramref name="individuals"/> people paid.</summary>
    public DsnSample Declaration(
        string siren, string nic, string street = "8 place de l'Église", string postalCode = "25000", string city = "Besançon",
        string month = "01102026", string nature = "01", string type = "01", int individuals = 2, string? headOfficeNic = null)
    {
        DeclarationCount++;
        _body.AddRange(
        [
            $"S20.G00.05.001,'{nature}'",
            $"S20.G00.05.002,'{type}'",
            "S20.G00.05.003,'11'",
            $"S20.G00.05.004,'{DeclarationCount}'",
            $"S20.G00.05.005,'{month}'",
            "S20.G00.05.007,'05112026'",
            "S20.G00.05.010,'01'",
            $"S21.G00.06.001,'{siren}'",
            $"S21.G00.06.002,'{headOfficeNic ?? nic}'",
            "S21.G00.06.003,'4711D'",
            $"S21.G00.11.001,'{nic}'",
            "S21.G00.11.002,'4711D'",
            $"S21.G00.11.003,'{street}'",
            $"S21.G00.11.004,'{postalCode}'",
            $"S21.G00.11.005,'{city}'",
        ]);
        for (var i = 0; i < individuals; i++)
        {
            _body.AddRange(Individual(i));
        }

        return this;
    }

    /// <summary>Any line, as written, at the end of the declarations so far.</summary>
    public DsnSample Line(string line)
    {
        _body.Add(line);
        return this;
    }

    /// <summary>The lines of the envoi, the total last.</summary>
    public List<string> Lines()
    {
        List<string> lines = [.. _head, .. _body];
        if (!WithoutTotal)
        {
            lines.Add($"S90.G00.90.001,'{DeclaredLines ?? (lines.Count + 2).ToString(CultureInfo.InvariantCulture)}'");
            lines.Add($"S90.G00.90.002,'{DeclaredDeclarations ?? DeclarationCount.ToString(CultureInfo.InvariantCulture)}'");
        }

        return lines;
    }

    /// <summary>The file's bytes in Latin-1, with CRLF or LF line ends (a last line end too).</summary>
    public byte[] Latin1(bool crlf = false) => Encoding.Latin1.GetBytes(string.Join(crlf ? "\r\n" : "\n", Lines()) + (crlf ? "\r\n" : "\n"));

    public byte[] Utf8(bool bom) => [.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(string.Join("\n", Lines()) + "\n")];

    private static string[] Individual(int i) =>
    [
        $"S21.G00.30.001,'1{80 + (i % 20):00}0{(i % 9) + 1}75{i % 1000:000}{i % 1000:000}'",
        $"S21.G00.30.002,'{(i % 2 == 0 ? "D'ALMEIDA" : "LEFÈVRE")}'",
        $"S21.G00.30.004,'{(i % 2 == 0 ? "Hélène" : "François")}'",
        "S21.G00.30.006,'01011980'",
        "S21.G00.30.007,'Besançon'",
        "S21.G00.40.001,'01012020'",
        "S21.G00.40.007,'01'",
        "S21.G00.50.001,'31102026'",
        "S21.G00.50.002,'2450.00'",
    ];
}
