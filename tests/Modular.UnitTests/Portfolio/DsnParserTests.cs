using System.Text;
using Modular.Portfolio.Domain.Dsn;
using Modular.SharedKernel.Results;
using Modular.Tests.Shared;

namespace Modular.UnitTests.Portfolio;

/// <summary>
/// The DSN reader's rules one at a time, each on an envoi that breaks only that rule: the form of a
/// line, the order and count of blocks, the rubrics a declaration needs, the total, and where the
/// reading stops; every problem with its code and its line.
/// </summary>
public sealed class DsnParserTests
{
    private const string Firm = "123456782";
    private const string Bakery = "552081317";

    [Theory]
    [InlineData("01102026", 2026, 10)]
    [InlineData("01012000", 2000, 1)]
    [InlineData("01122100", 2100, 12)]
    public void A_declared_month_is_01MMYYYY_read_as_its_first_day(string value, int year, int month)
    {
        Assert.Equal(new DateOnly(year, month, 1), DsnParser.Month(value));
    }

    [Theory]
    [InlineData("02102026")]  // not the first day
    [InlineData("11102026")]
    [InlineData("01002026")]  // month 0
    [InlineData("01132026")]  // month 13
    [InlineData("01121999")]  // before 2000
    [InlineData("01012101")]  // after 2100
    [InlineData("0110202")]   // 7 characters
    [InlineData("011020260")] // 9 characters
    [InlineData("01 02026")]
    [InlineData("0110202a")]
    public void Any_other_month_value_is_not_a_month(string value)
    {
        Assert.Null(DsnParser.Month(value));
    }

    [Theory]
    [InlineData("T21.G00.11.003,'x'")]
    [InlineData("S/1.G00.11.003,'x'")]
    [InlineData("S2:.G00.11.003,'x'")]
    [InlineData("S21-G00.11.003,'x'")]
    [InlineData("S21.H00.11.003,'x'")]
    [InlineData("S21.G/0.11.003,'x'")]
    [InlineData("S21.G0:.11.003,'x'")]
    [InlineData("S21.G00-11.003,'x'")]
    [InlineData("S21.G00./1.003,'x'")]
    [InlineData("S21.G00.1:.003,'x'")]
    [InlineData("S21.G00.11-003,'x'")]
    [InlineData("S21.G00.11./03,'x'")]
    [InlineData("S21.G00.11.0:3,'x'")]
    [InlineData("S21.G00.11.00:,'x'")]
    [InlineData("S21.G00.11.003;'x'")]
    [InlineData("S21.G00.11.003,\"x'")]
    [InlineData("S21.G00.11.003,'x")]
    [InlineData("S21.G00.11.003,'")]
    [InlineData("S21.G00.11.003")]
    public async Task A_line_off_the_rubric_form_by_one_character_is_a_syntax_problem_at_its_line(string line)
    {
        var lines = Sample();
        lines.Insert(20, line);

        Assert.Equal([("dsn-line-syntax", 21)], Codes(await ProblemsAsync(lines)));
    }

    [Fact]
    public async Task The_shortest_rubric_line_is_an_empty_value_named_by_its_rubric()
    {
        var lines = Sample();
        lines.Insert(20, "S21.G00.11.003,''");

        var problem = Assert.Single(await ProblemsAsync(lines));

        Assert.Equal(("dsn-empty-value", 21, "S21.G00.11.003"), (problem.Code, LineOf(problem), problem.Arguments[1]));
    }

    [Fact]
    public async Task A_value_of_one_apostrophe_is_read()
    {
        var envoi = await ValidAsync(DsnSample.Envoi().Declaration(Bakery, "00018", street: "'").Lines());

        Assert.Equal("'", envoi.Declarations[0].Address.Street);
    }

    [Fact]
    public async Task A_tab_in_a_value_is_text()
    {
        var envoi = await ValidAsync(DsnSample.Envoi().Declaration(Bakery, "00018", street: "8\tplace").Lines());

        Assert.Equal("8\tplace", envoi.Declarations[0].Address.Street);
    }

    [Theory]
    [InlineData(0x00, 0)]
    [InlineData(0x01, 5)]
    [InlineData(0x1F, 17)]
    [InlineData(0x0D, 16)] // a carriage return inside a line
    public async Task A_control_character_anywhere_in_a_line_stops_the_reading_there_as_binary(byte control, int at)
    {
        var bytes = Latin1(Sample());
        var line21 = Sample().Take(20).Sum(l => l.Length + 1);
        bytes[line21 + at] = control;

        Assert.Equal([("dsn-binary", 21)], Codes(await ProblemsAsync(bytes)));
    }

    [Fact]
    public async Task A_line_that_begins_with_UTF8_text_stops_the_reading_there()
    {
        List<byte> bytes = [.. Latin1(Sample().Take(3)), .. Encoding.UTF8.GetBytes("é S21.G00.11.003,'x'\n"), .. Latin1(Sample().Skip(3))];

        Assert.Equal([("dsn-utf8", 4)], Codes(await ProblemsAsync([.. bytes])));
    }

    [Fact]
    public async Task A_byte_order_mark_opens_a_UTF8_file_even_before_Latin1_text()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Latin1(Sample())];

        Assert.Equal([("dsn-utf8", 1)], Codes(await ProblemsAsync(bytes)));
    }

    [Fact]
    public async Task A_byte_order_mark_after_the_first_line_is_only_a_line_that_is_not_a_rubric()
    {
        List<byte> bytes = [.. Latin1(Sample().Take(1)), 0xEF, 0xBB, 0xBF, 0xE9, (byte)'\n', .. Latin1(Sample().Skip(1))];

        Assert.Equal([("dsn-line-syntax", 2)], Codes(await ProblemsAsync([.. bytes])));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_line_of_exactly_the_longest_length_is_read_with_either_line_end(bool crlf)
    {
        var street = new string('x', DsnParser.MaxLineLength - "S21.G00.11.003,''".Length);
        var file = DsnSample.Envoi().Declaration(Bakery, "00018", street: street);

        var envoi = await ValidAsync(file.Latin1(crlf));

        Assert.Equal(street, envoi.Declarations[0].Address.Street);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_line_one_byte_too_long_is_reported_and_the_reading_goes_on_without_it(bool crlf)
    {
        var file = DsnSample.Envoi().Declaration(Bakery, "00018", street: new string('x', DsnParser.MaxLineLength + 1 - "S21.G00.11.003,''".Length));
        var lines = file.Lines();
        var at = lines.FindIndex(l => l.StartsWith("S21.G00.11.003", StringComparison.Ordinal)) + 1;

        var problems = await ProblemsAsync(file.Latin1(crlf));

        Assert.Equal([("dsn-line-too-long", at), ("dsn-s90-lines", lines.Count - 1)], Codes(problems));
        Assert.Equal(DsnParser.MaxLineLength, problems[0].Arguments[1]);
        Assert.Equal(lines.Count - 1, problems[1].Arguments[2]);
    }

    [Fact]
    public async Task A_line_cut_at_the_limit_just_after_a_carriage_return_is_not_read_as_shorter()
    {
        var rubric = "S21.G00.11.003,'" + new string('x', DsnParser.MaxLineLength - "S21.G00.11.003,''".Length) + "'";
        var lines = Sample();
        var at = At(lines, "S21.G00.11.003");
        lines[at - 1] = rubric + "\rx";

        Assert.Equal([("dsn-binary", at)], Codes(await ProblemsAsync(lines)));
    }

    [Fact]
    public async Task A_file_without_a_last_line_end_reads_its_last_line()
    {
        var bytes = Encoding.Latin1.GetBytes(string.Join("\n", Sample()));

        var envoi = await ValidAsync(bytes);

        Assert.Equal(Sample().Count, envoi.RubricLines);
    }

    [Fact]
    public async Task The_same_rubric_number_again_starts_another_occurrence_of_its_block()
    {
        var lines = Sample();
        lines.InsertRange(lines.Count - 2, ["S21.G00.30.001,'180017500000'", "S21.G00.30.001,'280017500000'", "S21.G00.30.002,'MARTIN'", "S21.G00.30.001,'180017500001'"]);

        var envoi = await ValidAsync(Recounted(lines));

        Assert.Equal(4, envoi.Declarations[0].Individuals);
        Assert.Equal(Recounted(lines).Count, envoi.RubricLines);
    }

    [Fact]
    public async Task An_envoi_that_does_not_open_with_S10_G00_00_is_reported_at_its_first_line()
    {
        var lines = Recounted(Sample().Where(l => !l.StartsWith("S10.G00.00", StringComparison.Ordinal)));

        Assert.Equal([("dsn-no-envoi", 1)], Codes(await ProblemsAsync(lines)));
    }

    [Fact]
    public async Task The_sender_after_the_contact_is_out_of_order_and_said_so_with_both_blocks()
    {
        var lines = Sample();
        var contact = lines.Where(l => l.StartsWith("S10.G00.02", StringComparison.Ordinal)).ToList();
        lines.RemoveAll(contact.Contains);
        lines.InsertRange(lines.FindIndex(l => l.StartsWith("S10.G00.01", StringComparison.Ordinal)), contact);

        var problem = Assert.Single(await ProblemsAsync(lines));

        Assert.Equal(("dsn-block-order", At(lines, "S10.G00.01.001")), (problem.Code, LineOf(problem)));
        Assert.Equal(("S10.G00.01", "S10.G00.02"), (problem.Arguments[1], problem.Arguments[2]));
    }

    [Fact]
    public async Task A_second_contact_repeats_its_block()
    {
        var lines = Sample();
        lines.Insert(At(lines, "S20.G00.05.001") - 1, "S10.G00.02.002,'Paul MARTIN'");

        Assert.Equal(Firm, (await ValidAsync(Recounted(lines))).SenderSiren);
    }

    [Fact]
    public async Task A_declaration_before_any_S10_block_is_out_of_order()
    {
        var lines = Recounted(Sample().Where(l => !l.StartsWith("S10", StringComparison.Ordinal)));

        var problems = await ProblemsAsync(lines);

        Assert.Equal([("dsn-no-envoi", 1), ("dsn-block-order", 1)], Codes(problems.Take(2)));
        Assert.Equal(("S20.G00.05", ""), (problems[1].Arguments[1], problems[1].Arguments[2]));
        Assert.Contains(("dsn-rubric-missing", 1), Codes(problems));
        Assert.Contains(("dsn-no-declaration", lines.Count), Codes(problems));
    }

    [Fact]
    public async Task Other_S20_blocks_may_follow_the_declarations_start_in_order_and_repeat()
    {
        var lines = Sample();
        lines.InsertRange(At(lines, "S21.G00.06.001") - 1, ["S20.G00.07.001,'a'", "S20.G00.07.001,'b'", "S20.G00.08.001,'c'"]);

        Assert.Single((await ValidAsync(Recounted(lines))).Declarations);
    }

    [Fact]
    public async Task An_S20_block_with_a_lower_number_than_the_last_is_out_of_order()
    {
        var lines = Sample();
        lines.InsertRange(At(lines, "S21.G00.06.001") - 1, ["S20.G00.08.001,'c'", "S20.G00.07.001,'a'"]);
        lines = Recounted(lines);

        Assert.Equal([("dsn-block-order", At(lines, "S20.G00.07.001"))], Codes(await ProblemsAsync(lines)));
    }

    [Fact]
    public async Task An_S20_block_after_the_enterprise_is_out_of_order()
    {
        var lines = Sample();
        lines.Insert(At(lines, "S21.G00.11.001") - 1, "S20.G00.07.001,'a'");
        lines = Recounted(lines);

        Assert.Equal([("dsn-block-order", At(lines, "S20.G00.07.001"))], Codes(await ProblemsAsync(lines)));
    }

    [Fact]
    public async Task The_enterprise_after_the_establishment_is_out_of_order()
    {
        var lines = Sample();
        var enterprise = lines.Where(l => l.StartsWith("S21.G00.06", StringComparison.Ordinal)).ToList();
        lines.RemoveAll(enterprise.Contains);
        lines.InsertRange(At(lines, "S21.G00.11.005"), enterprise);

        var problems = await ProblemsAsync(lines);

        // Out of place, it is not read: the declaration has no enterprise.
        Assert.Equal([("dsn-block-order", At(lines, "S21.G00.06.001")), ("dsn-block-missing", At(lines, "S20.G00.05.001"))], Codes(problems));
        Assert.Equal(("S21.G00.06", "S21.G00.11"), (problems[0].Arguments[1], problems[0].Arguments[2]));
    }

    [Fact]
    public async Task An_individuals_sub_block_before_any_individual_is_out_of_order()
    {
        var lines = Sample();
        lines.Insert(At(lines, "S21.G00.11.005"), "S21.G00.40.001,'01012020'");
        lines = Recounted(lines);

        Assert.Equal([("dsn-block-order", At(lines, "S21.G00.40.001"))], Codes(await ProblemsAsync(lines)));
    }

    [Fact]
    public async Task An_individuals_sub_block_may_repeat_but_not_go_back()
    {
        var lines = Sample();
        lines.InsertRange(lines.Count - 2, ["S21.G00.30.001,'180017500000'", "S21.G00.40.001,'01012020'", "S21.G00.40.001,'01012021'", "S21.G00.50.001,'31102026'"]);
        Assert.Equal(2, (await ValidAsync(Recounted(lines))).Declarations[0].Individuals);

        lines.Insert(lines.Count - 2, "S21.G00.40.001,'01012022'");
        lines = Recounted(lines);
        Assert.Equal([("dsn-block-order", lines.Count - 2)], Codes(await ProblemsAsync(lines)));
    }

    [Fact]
    public async Task A_second_establishment_in_a_declaration_is_repeated_and_its_rubrics_are_not_read()
    {
        var lines = Sample();
        lines.InsertRange(At(lines, "S21.G00.11.005"), ["S21.G00.11.001,'00019'", "S21.G00.11.005,'Dijon'"]);
        lines = Recounted(lines);

        var problem = Assert.Single(await ProblemsAsync(lines));

        Assert.Equal(("dsn-block-repeated", At(lines, "S21.G00.11.001,'00019'"), "S21.G00.11"), (problem.Code, LineOf(problem), problem.Arguments[1]));
    }

    [Fact]
    public async Task A_second_enterprise_in_a_declaration_is_repeated_and_its_SIREN_is_not_read()
    {
        var lines = Sample();
        lines.Insert(At(lines, "S21.G00.06.003"), "S21.G00.06.001,'123456789'");
        lines = Recounted(lines);

        var problem = Assert.Single(await ProblemsAsync(lines));

        Assert.Equal(("dsn-block-repeated", At(lines, "S21.G00.06.001,'123456789'"), "S21.G00.06"), (problem.Code, LineOf(problem), problem.Arguments[1]));
    }

    [Fact]
    public async Task A_total_may_carry_more_rubrics_but_nothing_after_it_is_read()
    {
        var lines = Sample();
        lines.Add("S90.G00.90.003,'x'");
        lines[^3] = $"S90.G00.90.001,'{lines.Count}'";
        lines.Add("S90.G00.90.001,'1'");

        Assert.Equal([("dsn-after-s90", lines.Count)], Codes(await ProblemsAsync(lines)));
    }

    [Fact]
    public async Task Another_S90_block_than_the_total_is_out_of_order()
    {
        var lines = DsnSample.Envoi().Declaration(Bakery, "00018", individuals: 0).Line("S90.G00.91.001,'x'").Lines();

        var problem = Assert.Single(await ProblemsAsync(lines));

        Assert.Equal(("dsn-block-order", At(lines, "S90.G00.91"), "S90.G00.91", "S21.G00.11"), (problem.Code, LineOf(problem), problem.Arguments[1], problem.Arguments[2]));
    }

    [Fact]
    public async Task The_last_declaration_is_checked_at_the_total_before_any_line_after_it()
    {
        var lines = Sample().Where(l => !l.StartsWith("S21.G00.11", StringComparison.Ordinal)).ToList();
        lines = Recounted(lines);
        lines.Add("S21.G00.30.001,'180017500000'");

        Assert.Equal([("dsn-block-missing", At(lines, "S20.G00.05.001")), ("dsn-after-s90", lines.Count)], Codes(await ProblemsAsync(lines)));
    }

    [Fact]
    public async Task An_envoi_without_its_senders_SIREN_is_reported_at_its_first_line()
    {
        var problem = Assert.Single(await ProblemsAsync(Recounted(Sample().Where(l => !l.StartsWith("S10.G00.01.001", StringComparison.Ordinal)))));

        Assert.Equal(("dsn-rubric-missing", 1, "S10.G00.01.001"), (problem.Code, LineOf(problem), problem.Arguments[1]));
    }

    [Fact]
    public async Task A_senders_SIREN_that_fails_its_key_is_reported_at_its_line()
    {
        var lines = DsnSample.Envoi(senderSiren: "123456789").Declaration(Bakery, "00018").Lines();

        var problem = Assert.Single(await ProblemsAsync(lines));

        Assert.Equal(("dsn-siren-invalid", At(lines, "S10.G00.01.001"), "123456789"), (problem.Code, LineOf(problem), problem.Arguments[1]));
    }

    [Fact]
    public async Task The_senders_number_and_name_are_optional()
    {
        var lines = Sample().Where(l => !l.StartsWith("S10.G00.01.00", StringComparison.Ordinal) || l.StartsWith("S10.G00.01.001", StringComparison.Ordinal)).ToList();

        var envoi = await ValidAsync(Recounted(lines));

        Assert.Equal((Firm, (string?)null, (string?)null), (envoi.SenderSiren, envoi.SenderNic, envoi.SenderName));
    }

    [Fact]
    public async Task An_envoi_without_a_declaration_is_reported_at_its_last_line()
    {
        var lines = Recounted(Sample().Where(l => !l.StartsWith("S2", StringComparison.Ordinal)), declarations: 0);

        Assert.Equal([("dsn-no-declaration", lines.Count)], Codes(await ProblemsAsync(lines)));
    }

    [Fact]
    public async Task A_total_with_no_declaration_before_it_is_still_where_its_missing_figure_is_reported()
    {
        var lines = Sample().Where(l => !l.StartsWith("S2", StringComparison.Ordinal) && !l.StartsWith("S90.G00.90.002", StringComparison.Ordinal)).ToList();
        lines[^1] = $"S90.G00.90.001,'{lines.Count}'";

        Assert.Equal([("dsn-no-declaration", lines.Count), ("dsn-rubric-missing", lines.Count)], Codes(await ProblemsAsync(lines)));
    }

    [Fact]
    public async Task A_file_without_a_rubric_only_lacks_its_total()
    {
        Assert.Equal([("dsn-line-syntax", 1), ("dsn-s90-missing", 1)], Codes(await ProblemsAsync(["bonjour"])));
    }

    [Theory]
    [InlineData("01")]
    [InlineData("04")]
    [InlineData("05")]
    [InlineData("07")]
    [InlineData("08")]
    [InlineData("09")]
    [InlineData("10")]
    public async Task Each_nature_of_declaration_is_read(string nature)
    {
        Assert.Equal(nature, (await ValidAsync(DsnSample.Envoi().Declaration(Bakery, "00018", nature: nature).Lines())).Declarations[0].Nature);
    }

    [Theory]
    [InlineData("01")]
    [InlineData("02")]
    [InlineData("03")]
    [InlineData("04")]
    [InlineData("05")]
    public async Task Each_type_of_declaration_is_read(string type)
    {
        Assert.Equal(type, (await ValidAsync(DsnSample.Envoi().Declaration(Bakery, "00018", type: type).Lines())).Declarations[0].Type);
    }

    [Theory]
    [InlineData("S20.G00.05.001", "02")]
    [InlineData("S20.G00.05.001", "11")]
    [InlineData("S20.G00.05.002", "00")]
    [InlineData("S20.G00.05.002", "06")]
    [InlineData("S20.G00.05.005", "01132026")]
    public async Task A_value_a_declaration_does_not_admit_is_reported_at_its_line_with_the_value(string rubric, string value)
    {
        var lines = Sample();
        var at = At(lines, rubric);
        lines[at - 1] = $"{rubric},'{value}'";

        var problem = Assert.Single(await ProblemsAsync(lines));

        Assert.Equal(("dsn-value-invalid", at, rubric, value), (problem.Code, LineOf(problem), problem.Arguments[1], problem.Arguments[2]));
    }

    [Fact]
    public async Task Every_wrong_value_of_a_declaration_is_reported_and_its_establishment_is_then_not_checked()
    {
        var lines = DsnSample.Envoi().Declaration(Bakery, "00019", nature: "02", type: "06", month: "13102026").Lines();

        Assert.Equal(
            [("dsn-value-invalid", At(lines, "S20.G00.05.001")), ("dsn-value-invalid", At(lines, "S20.G00.05.002")), ("dsn-value-invalid", At(lines, "S20.G00.05.005"))],
            Codes(await ProblemsAsync(lines)));
    }

    [Theory]
    [InlineData("S20.G00.05.001")]
    [InlineData("S20.G00.05.002")]
    [InlineData("S20.G00.05.005")]
    public async Task A_missing_rubric_of_the_declaration_is_reported_where_the_declaration_starts(string rubric)
    {
        var lines = Recounted(Sample().Where(l => !l.StartsWith(rubric, StringComparison.Ordinal)));

        var problem = Assert.Single(await ProblemsAsync(lines));

        Assert.Equal(("dsn-rubric-missing", At(lines, "S20.G00.05"), rubric), (problem.Code, LineOf(problem), problem.Arguments[1]));
    }

    [Theory]
    [InlineData("S21.G00.06")]
    [InlineData("S21.G00.11")]
    public async Task A_declaration_without_its_enterprise_or_establishment_is_reported_where_it_starts(string block)
    {
        var lines = Recounted(Sample().Where(l => !l.StartsWith(block, StringComparison.Ordinal)));

        var problem = Assert.Single(await ProblemsAsync(lines));

        Assert.Equal(("dsn-block-missing", At(lines, "S20.G00.05.001"), block), (problem.Code, LineOf(problem), problem.Arguments[1]));
    }

    [Theory]
    [InlineData("S21.G00.06.001", "S21.G00.06.002")]
    [InlineData("S21.G00.11.001", "S21.G00.11.002")]
    public async Task An_enterprise_or_establishment_without_its_number_is_reported_where_its_block_starts(string rubric, string first)
    {
        var lines = Recounted(Sample().Where(l => !l.StartsWith(rubric, StringComparison.Ordinal)));

        var problem = Assert.Single(await ProblemsAsync(lines));

        Assert.Equal(("dsn-rubric-missing", At(lines, first), rubric), (problem.Code, LineOf(problem), problem.Arguments[1]));
    }

    [Fact]
    public async Task An_enterprises_SIREN_that_fails_its_key_is_reported_and_the_SIRET_is_not_checked()
    {
        var lines = DsnSample.Envoi().Declaration("552081318", "00019").Lines();

        var problem = Assert.Single(await ProblemsAsync(lines));

        Assert.Equal(("dsn-siren-invalid", At(lines, "S21.G00.06.001"), "552081318"), (problem.Code, LineOf(problem), problem.Arguments[1]));
    }

    [Fact]
    public async Task A_NIC_that_makes_the_SIRET_fail_is_reported_at_its_line_with_the_14_digits()
    {
        var lines = DsnSample.Envoi().Declaration(Bakery, "00019").Lines();

        var problem = Assert.Single(await ProblemsAsync(lines));

        Assert.Equal(("dsn-siret-invalid", At(lines, "S21.G00.11.001"), "55208131700019"), (problem.Code, LineOf(problem), problem.Arguments[1]));
    }

    [Theory]
    [InlineData("S90.G00.90.001")]
    [InlineData("S90.G00.90.002")]
    public async Task A_total_without_one_of_its_figures_is_reported_at_its_first_line(string rubric)
    {
        var lines = Sample().Where(l => !l.StartsWith(rubric, StringComparison.Ordinal)).ToList();
        if (rubric.EndsWith('2'))
        {
            lines[^1] = $"S90.G00.90.001,'{lines.Count}'";
        }

        var problem = Assert.Single(await ProblemsAsync(lines));

        Assert.Equal(("dsn-rubric-missing", At(lines, "S90"), rubric), (problem.Code, LineOf(problem), problem.Arguments[1]));
    }

    [Fact]
    public async Task A_wrong_count_of_declarations_says_both_figures()
    {
        var file = DsnSample.Envoi().Declaration(Bakery, "00018");
        file.DeclaredDeclarations = "3";

        var problem = Assert.Single(await ProblemsAsync(file.Lines()));

        Assert.Equal(("dsn-s90-declarations", file.Lines().Count, "3", 1), (problem.Code, LineOf(problem), problem.Arguments[1], problem.Arguments[2]));
    }

    [Fact]
    public async Task Ninety_nine_problems_are_all_told_without_more()
    {
        var problems = await ProblemsAsync(Enumerable.Range(1, 98).Select(i => "ligne " + i));

        Assert.Equal(99, problems.Count);
        Assert.Equal(("dsn-s90-missing", 98), (problems[^1].Code, LineOf(problems[^1])));
    }

    [Fact]
    public async Task The_hundredth_problem_ends_the_list_with_the_line_it_was_found_at()
    {
        var problems = await ProblemsAsync(Enumerable.Range(1, 99).Select(i => "ligne " + i));

        Assert.Equal(DsnParser.MaxProblems + 1, problems.Count);
        Assert.Equal([("dsn-s90-missing", 99), ("dsn-too-many-problems", 99)], Codes(problems.TakeLast(2)));
        Assert.Equal(DsnParser.MaxProblems, problems[^1].Arguments[1]);
    }

    [Fact]
    public void A_parser_stopped_by_too_many_problems_reads_no_further_line()
    {
        var parser = new DsnParser();
        for (var i = 1; i <= DsnParser.MaxProblems; i++)
        {
            parser.Line(i, "ligne"u8);
        }

        parser.Line(DsnParser.MaxProblems + 1, "ligne"u8);
        var reading = parser.Finish(DsnParser.MaxProblems + 1);

        Assert.True(parser.Stopped);
        Assert.Equal(("dsn-too-many-problems", DsnParser.MaxProblems), (reading.Problems[^1].Code, LineOf(reading.Problems[^1])));
        Assert.Equal(DsnParser.MaxProblems + 1, reading.Problems.Count);
    }

    [Fact]
    public void A_parser_stopped_by_a_binary_line_adds_nothing_at_the_end()
    {
        var parser = new DsnParser();
        parser.Line(1, [0x00]);
        parser.Line(2, "ligne"u8);

        var reading = parser.Finish(2);

        Assert.Equal([("dsn-binary", 1)], Codes(reading.Problems));
    }

    [Theory]
    [InlineData("8 rue Neuve", "21000", "Dijon", "8 rue Neuve, 21000 Dijon")]
    [InlineData(null, "21000", "Dijon", "21000 Dijon")]
    [InlineData("8 rue Neuve", null, "Dijon", "8 rue Neuve, Dijon")]
    [InlineData("8 rue Neuve", "21000", null, "8 rue Neuve, 21000")]
    [InlineData(" ", null, null, "")]
    [InlineData(null, null, null, "")]
    public void An_address_reads_as_its_street_then_postal_code_and_city(string? street, string? postalCode, string? city, string text)
    {
        Assert.Equal(text, new DsnAddress(street, postalCode, city).ToString());
    }

    [Theory]
    [InlineData("01", false, false)]
    [InlineData("02", false, false)]
    [InlineData("03", true, false)]
    [InlineData("04", false, true)]
    [InlineData("05", true, false)]
    public async Task A_declarations_type_tells_whether_it_cancels_or_replaces_the_months_earlier_one(string type, bool replaces, bool cancels)
    {
        var declaration = (await ValidAsync(DsnSample.Envoi().Declaration(Bakery, "00018", type: type).Lines())).Declarations[0];

        Assert.Equal((replaces, cancels), (declaration.CancelsAndReplaces, declaration.Cancels));
    }

    private static List<string> Sample() => DsnSample.Envoi().Declaration(Bakery, "00018", individuals: 1).Lines();

    /// <summary>The lines with their total worked out again (a rubric added or taken out).</summary>
    private static List<string> Recounted(IEnumerable<string> lines, int declarations = 1)
    {
        var body = lines.Where(l => !l.StartsWith("S90.G00.90", StringComparison.Ordinal)).ToList();
        return [.. body, $"S90.G00.90.001,'{body.Count + 2}'", $"S90.G00.90.002,'{declarations}'"];
    }

    private static int At(List<string> lines, string start) => lines.FindIndex(l => l.StartsWith(start, StringComparison.Ordinal)) + 1;

    private static byte[] Latin1(IEnumerable<string> lines) => Encoding.Latin1.GetBytes(string.Concat(lines.Select(l => l + "\n")));

    private static int LineOf(Error problem) => (int)problem.Arguments[0]!;

    private static List<(string Code, int Line)> Codes(IEnumerable<Error> problems) => [.. problems.Select(p => (p.Code, LineOf(p)))];

    private static Task<DsnEnvoi> ValidAsync(IEnumerable<string> lines) => ValidAsync(Latin1(lines));

    private static async Task<DsnEnvoi> ValidAsync(byte[] bytes)
    {
        var reading = await DsnReader.ReadAsync(new MemoryStream(bytes), TestContext.Current.CancellationToken);
        Assert.True(reading.IsValid, string.Join(" | ", reading.Problems.Select(p => p.Message)));
        return reading.Envoi!;
    }

    private static Task<IReadOnlyList<Error>> ProblemsAsync(IEnumerable<string> lines) => ProblemsAsync(Latin1(lines));

    private static async Task<IReadOnlyList<Error>> ProblemsAsync(byte[] bytes)
    {
        var reading = await DsnReader.ReadAsync(new MemoryStream(bytes), TestContext.Current.CancellationToken);
        Assert.False(reading.IsValid);
        Assert.Null(reading.Envoi);
        return reading.Problems;
    }
}
