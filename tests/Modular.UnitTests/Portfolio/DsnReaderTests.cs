using System.Text;
using Modular.Portfolio.Domain.Dsn;
using Modular.SharedKernel.Results;
using Modular.Tests.Shared;

namespace Modular.UnitTests.Portfolio;

/// <summary>The DSN reader on files written for the tests: what it reads, and every structural problem with its line.</summary>
public sealed class DsnReaderTests
{
    private const string Firm = "123456782";
    private const string Bakery = "552081317";
    private const string Garage = "404833048";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_monthly_declaration_reads_the_same_with_LF_or_CRLF_its_accents_and_apostrophes_intact(bool crlf)
    {
        var file = DsnSample.Envoi().Declaration(Bakery, "00018", street: "8 place de l'Église", city: "Besançon", individuals: 3);

        var envoi = await ValidAsync(file.Latin1(crlf));

        Assert.Equal((Firm, "00010", "Cabinet Démo Expertise"), (envoi.SenderSiren, envoi.SenderNic, envoi.SenderName));
        Assert.Equal(file.Lines().Count, envoi.RubricLines);
        var declaration = Assert.Single(envoi.Declarations);
        Assert.Equal(("55208131700018", "01", "01", new DateOnly(2026, 10, 1), 3), (declaration.Siret.Value, declaration.Nature, declaration.Type, declaration.Month, declaration.Individuals));
        Assert.Equal("8 place de l'Église, 25000 Besançon", declaration.Address.ToString());
        Assert.Equal(file.Lines().IndexOf("S20.G00.05.001,'01'") + 1, declaration.Line);
    }

    [Fact]
    public async Task One_envoi_from_an_accounting_firm_declares_three_establishments_of_two_enterprises()
    {
        var file = DsnSample.Envoi()
            .Declaration(Bakery, "00018", city: "Dijon")
            .Declaration(Bakery, "00026", city: "Beaune", headOfficeNic: "00018")
            .Declaration(Garage, "00014", city: "Lyon", individuals: 0, type: "02");

        var envoi = await ValidAsync(file.Latin1());

        Assert.Equal(["55208131700018", "55208131700026", "40483304800014"], envoi.Declarations.Select(d => d.Siret.Value));
        Assert.Equal("00018", envoi.Declarations[1].HeadOfficeNic);
        Assert.Equal((0, "02"), (envoi.Declarations[2].Individuals, envoi.Declarations[2].Type));
        Assert.DoesNotContain(envoi.Declarations, d => d.Siret.Siren == Firm); // the sender is not declared
    }

    [Fact]
    public async Task A_cancel_and_replace_and_a_seeding_declaration_say_so()
    {
        var envoi = await ValidAsync(DsnSample.Envoi()
            .Declaration(Bakery, "00018", type: "03")
            .Declaration(Garage, "00014", nature: "08", type: "05", individuals: 0).Latin1());

        Assert.True(envoi.Declarations[0].CancelsAndReplaces);
        Assert.Equal(("08", true), (envoi.Declarations[1].Nature, envoi.Declarations[1].CancelsAndReplaces));
    }

    [Theory]
    [InlineData("00001")] // digit sum only
    [InlineData("00014")] // Luhn only
    public async Task La_Poste_establishments_are_read_by_either_rule(string nic)
    {
        var envoi = await ValidAsync(DsnSample.Envoi().Declaration("356000000", nic).Latin1());

        Assert.Equal("356000000" + nic, Assert.Single(envoi.Declarations).Siret.Value);
    }

    [Fact]
    public async Task A_key_that_fails_is_reported_at_its_line_and_nothing_is_read()
    {
        var file = DsnSample.Envoi().Declaration(Bakery, "00019").Declaration("552081318", "00008");
        var lines = file.Lines();

        var problems = await ProblemsAsync(file.Latin1());

        Assert.Equal(
            [("dsn-siret-invalid", lines.IndexOf("S21.G00.11.001,'00019'") + 1), ("dsn-siren-invalid", lines.IndexOf("S21.G00.06.001,'552081318'") + 1)],
            problems.Select(p => (p.Code, Line(p))));
        Assert.Equal($"Ligne {lines.IndexOf("S21.G00.11.001,'00019'") + 1} : le SIRET 55208131700019 n'est pas valide (sa clé de contrôle ne correspond pas).", problems[0].Message);
        Assert.Equal(0, (await DsnReader.ReadAsync(new MemoryStream(DsnSample.Envoi().Declaration("356000000", "00002").Latin1()), TestContext.Current.CancellationToken)).Envoi?.Declarations.Count ?? 0);
    }

    [Fact]
    public async Task Totals_that_do_not_match_are_reported_on_their_own_lines()
    {
        var file = DsnSample.Envoi().Declaration(Bakery, "00018");
        file.DeclaredLines = "12";
        file.DeclaredDeclarations = "2";
        var count = file.Lines().Count;

        var problems = await ProblemsAsync(file.Latin1());

        Assert.Equal([("dsn-s90-lines", count - 1), ("dsn-s90-declarations", count)], problems.Select(p => (p.Code, Line(p))));
        Assert.Equal($"Ligne {count - 1} : le total annonce 12 rubriques, le fichier en compte {count}.", problems[0].Message);
    }

    [Fact]
    public async Task A_file_cut_before_its_total_is_reported_at_its_last_line()
    {
        var file = DsnSample.Envoi().Declaration(Bakery, "00018");
        file.WithoutTotal = true;

        var problem = Assert.Single(await ProblemsAsync(file.Latin1()));

        Assert.Equal(("dsn-s90-missing", file.Lines().Count), (problem.Code, Line(problem)));
    }

    [Fact]
    public async Task Blocks_out_of_order_missing_or_repeated_are_reported_each_at_its_line()
    {
        var lines = DsnSample.Envoi().Declaration(Bakery, "00018", individuals: 1).Lines().Where(l => !l.StartsWith("S90", StringComparison.Ordinal)).ToList();
        var establishment = lines.FindIndex(l => l.StartsWith("S21.G00.11", StringComparison.Ordinal));
        List<string> broken =
        [
            .. lines,
            "S21.G00.11.001,'00026'",                 // an establishment among the individuals
            "S20.G00.05.001,'01'", "S20.G00.05.002,'01'", "S20.G00.05.005,'01102026'",
            "S21.G00.11.001,'00018'",                 // a declaration with no enterprise
            "S20.G00.05.001,'01'", "S20.G00.05.002,'01'", "S20.G00.05.005,'01102026'",
            $"S21.G00.06.001,'{Bakery}'", $"S21.G00.06.001,'{Garage}'", "S21.G00.11.001,'00018'",
            "S10.G00.02.002,'Contact tardif'",         // an S10 block after the declarations
        ];
        broken.Add($"S90.G00.90.001,'{broken.Count + 2}'");
        broken.Add("S90.G00.90.002,'3'");
        broken.Add("S21.G00.30.001,'1800175000000'"); // after the total

        var problems = await ProblemsAsync(Encoding.Latin1.GetBytes(string.Join("\n", broken)));

        int At(string line, int from = 0) => broken.FindIndex(from, l => l == line) + 1;
        Assert.Equal(
            [
                ("dsn-block-order", At("S21.G00.11.001,'00026'")),
                ("dsn-block-missing", At("S20.G00.05.001,'01'", At("S21.G00.11.001,'00026'"))),
                ("dsn-block-repeated", At($"S21.G00.06.001,'{Garage}'")),
                ("dsn-block-order", At("S10.G00.02.002,'Contact tardif'")),
                ("dsn-after-s90", broken.Count),
            ],
            problems.Select(p => (p.Code, Line(p))));
        Assert.Equal($"Ligne {At("S21.G00.11.001,'00026'")} : le bloc S21.G00.11 ne peut pas suivre le bloc S21.G00.50.", problems[0].Message);
        Assert.True(establishment > 0);
    }

    [Theory]
    [InlineData("S21.G00.11.001;'00018'", "dsn-line-syntax")]
    [InlineData("S21.G00.11.001,00018", "dsn-line-syntax")]
    [InlineData("S21.G0.11.001,'00018'", "dsn-line-syntax")]
    [InlineData("", "dsn-line-syntax")]
    [InlineData("S21.G00.11.005,''", "dsn-empty-value")]
    public async Task A_line_that_is_not_a_rubric_is_reported_at_its_line(string line, string code)
    {
        var lines = DsnSample.Envoi().Declaration(Bakery, "00018").Lines().ToList();
        lines.Insert(20, line);

        var problems = await ProblemsAsync(Encoding.Latin1.GetBytes(string.Join("\n", lines)));

        Assert.Contains((code, 21), problems.Select(p => (p.Code, Line(p))));
    }

    [Fact]
    public async Task A_value_keeps_its_inner_apostrophes_up_to_the_last_one()
    {
        var envoi = await ValidAsync(DsnSample.Envoi(senderName: "L'Atelier d'O'Brien").Declaration(Bakery, "00018", street: "l'impasse 'du' Puits").Latin1());

        Assert.Equal("L'Atelier d'O'Brien", envoi.SenderName);
        Assert.Equal("l'impasse 'du' Puits", envoi.Declarations[0].Address.Street);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 1)] // the software's name has an accent
    public async Task A_UTF8_file_is_refused_at_its_first_line_in_UTF8(bool bom, int line)
    {
        var problem = Assert.Single(await ProblemsAsync(DsnSample.Envoi().Declaration(Bakery, "00018").Utf8(bom)));

        Assert.Equal(("dsn-utf8", line), (problem.Code, Line(problem)));
    }

    [Fact]
    public async Task A_binary_an_empty_or_a_one_long_line_file_is_refused_cleanly()
    {
        var binary = Assert.Single(await ProblemsAsync([.. "S10.G00.00.001,'x'\n"u8, 0x00, 0x01, 0xFF, 0x10]));
        Assert.Equal(("dsn-binary", 2), (binary.Code, Line(binary)));
        Assert.Equal("dsn-empty", Assert.Single(await ProblemsAsync([])).Code);

        var longLine = await ProblemsAsync(Encoding.Latin1.GetBytes("S10.G00.00.001,'" + new string('x', 5_000_000) + "'\n"));
        Assert.Equal(("dsn-line-too-long", 1), (longLine[0].Code, Line(longLine[0])));
    }

    [Fact]
    public async Task A_file_of_anything_stops_after_a_hundred_problems()
    {
        var text = string.Join("\n", Enumerable.Range(0, 10_000).Select(i => "pas une rubrique " + i));

        var problems = await ProblemsAsync(Encoding.Latin1.GetBytes(text));

        Assert.Equal(DsnParser.MaxProblems + 1, problems.Count);
        Assert.Equal("dsn-too-many-problems", problems[^1].Code);
    }

    [Fact]
    public async Task The_file_is_read_as_it_streams_a_few_bytes_at_a_time()
    {
        var bytes = DsnSample.Envoi().Declaration(Bakery, "00018").Declaration(Garage, "00014").Latin1(crlf: true);

        var reading = await DsnReader.ReadAsync(new TrickleStream(bytes, 7), TestContext.Current.CancellationToken);

        Assert.True(reading.IsValid, string.Join(" | ", reading.Problems.Select(p => p.Message)));
        Assert.Equal(2, reading.Envoi!.Declarations.Count);
    }

    private static int Line(Error problem) => (int)problem.Arguments[0]!;

    private static async Task<DsnEnvoi> ValidAsync(byte[] bytes)
    {
        var reading = await DsnReader.ReadAsync(new MemoryStream(bytes), TestContext.Current.CancellationToken);
        Assert.True(reading.IsValid, string.Join(" | ", reading.Problems.Select(p => p.Message)));
        return reading.Envoi!;
    }

    private static async Task<IReadOnlyList<Error>> ProblemsAsync(byte[] bytes)
    {
        var reading = await DsnReader.ReadAsync(new MemoryStream(bytes), TestContext.Current.CancellationToken);
        Assert.False(reading.IsValid);
        Assert.Null(reading.Envoi);
        return reading.Problems;
    }

    /// <summary>Gives at most <paramref name="chunk"/> bytes per read, as a slow upload does.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(chunk, buffer.Length)], cancellationToken);
    }
}
