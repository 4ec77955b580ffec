using Modular.SharedKernel.Messaging;
using Modular.Sharing.Application.CaseFiles;
using Modular.Sharing.Application.CaseFiles.CreateCaseFile;
using Modular.Sharing.Application.CaseFiles.UpdateCaseFile;
using Modular.Sharing.Contracts;
using Modular.UnitTests.Fakes;

namespace Modular.UnitTests.Sharing.Application;

/// <summary>What a case file must hold to be saved, each rule at its limit and one past it.</summary>
public sealed class CaseFileContentValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    internal static CaseFileContentDto Content(
        ClientIdentityDto? client = null, IReadOnlyList<PolicyDto>? policies = null, string? notes = "Client fidèle", IReadOnlyList<SectionDto>? sections = null) => new(
        client ?? new ClientIdentityDto("Dupont", "Marie", new DateOnly(1980, 5, 4), "marie.dupont@example.fr", "+33612345678", "1 rue Haute, 75001 Paris"),
        policies ?? [new PolicyDto("AXA", "HAB-001", "Habitation", 420.50m)],
        notes,
        sections ?? [new SectionDto("Sinistres", "Aucun depuis 2019")]);

    private static ClientIdentityDto Client => Content().Client;

    private static List<(string Property, string Code)> Failures(CaseFileContentDto? content) =>
        [.. CaseFileContentValidator.Validate(content, Today).Select(f => (f.Property, f.Cause!.Code))];

    private static ValidationFailure Only(CaseFileContentDto content) => Assert.Single(CaseFileContentValidator.Validate(content, Today));

    [Fact]
    public void A_complete_case_file_passes()
    {
        Assert.Empty(Failures(Content()));
        Assert.Empty(Failures(Content(policies: [], notes: null, sections: [])));
        Assert.Empty(Failures(Content(client: new ClientIdentityDto("Dupont", null, null, null, null, null))));
        Assert.Empty(Failures(Content(client: Client with { Email = "  ", Phone = "" })));
        Assert.Empty(Failures(Content() with { Policies = null!, Sections = null! }));
    }

    [Fact]
    public void Without_a_client_only_the_missing_name_is_said()
    {
        Assert.Equal([("Client.LastName", "case-client-name-required")], Failures(null));
        Assert.Equal([("Client.LastName", "case-client-name-required")], Failures(Content() with { Client = null! }));
        Assert.Equal([("Client.LastName", "case-client-name-required")], Failures(Content(client: Client with { LastName = "  " })));
    }

    [Theory]
    [InlineData("Client.LastName")]
    [InlineData("Client.FirstName")]
    public void A_name_has_200_characters_at_most(string property)
    {
        ClientIdentityDto With(string value) => property == "Client.LastName" ? Client with { LastName = value } : Client with { FirstName = value };

        Assert.Empty(Failures(Content(client: With(new string('a', 200)))));
        var failure = Only(Content(client: With(new string('a', 201))));
        Assert.Equal(property, failure.Property);
        Assert.Equal("case-text-too-long", failure.Cause!.Code);
        Assert.Equal([200], failure.Cause.Arguments);
    }

    [Fact]
    public void An_email_or_phone_too_long_is_said_too_long()
    {
        Assert.Empty(Failures(Content(client: Client with { Email = new string('a', 189) + "@example.fr" })));
        Assert.Equal(
            [("Client.Email", "case-text-too-long")],
            Failures(Content(client: Client with { Email = new string('a', 190) + "@example.fr" })));
        Assert.Equal(
            [("Client.Phone", "case-text-too-long"), ("Client.Phone", "case-phone-invalid")],
            Failures(Content(client: Client with { Phone = new string('1', 201) })));
    }

    [Fact]
    public void A_birth_date_lies_between_1900_and_today()
    {
        Assert.Empty(Failures(Content(client: Client with { BirthDate = Today })));
        Assert.Empty(Failures(Content(client: Client with { BirthDate = new DateOnly(1900, 1, 1) })));
        Assert.Equal([("Client.BirthDate", "case-birth-date-implausible")], Failures(Content(client: Client with { BirthDate = Today.AddDays(1) })));
        Assert.Equal([("Client.BirthDate", "case-birth-date-implausible")], Failures(Content(client: Client with { BirthDate = new DateOnly(1899, 12, 31) })));
    }

    [Fact]
    public void An_email_and_a_phone_given_must_be_valid()
    {
        Assert.Equal([("Client.Email", "case-email-invalid")], Failures(Content(client: Client with { Email = "marie.dupont" })));
        Assert.Equal([("Client.Phone", "case-phone-invalid")], Failures(Content(client: Client with { Phone = "appelez-moi" })));
    }

    [Fact]
    public void An_address_has_1000_characters_at_most()
    {
        Assert.Empty(Failures(Content(client: Client with { Address = new string('a', 1000) })));
        var failure = Only(Content(client: Client with { Address = new string('a', 1001) }));
        Assert.Equal("Client.Address", failure.Property);
        Assert.Equal("case-text-too-long", failure.Cause!.Code);
        Assert.Equal([1000], failure.Cause.Arguments);
    }

    [Fact]
    public void A_case_file_holds_50_policies_at_most_and_only_those_are_checked()
    {
        var policy = new PolicyDto("AXA", "HAB-001", "Habitation", 420.50m);
        Assert.Empty(Failures(Content(policies: [.. Enumerable.Repeat(policy, 50)])));

        var failure = Only(Content(policies: [.. Enumerable.Repeat(policy, 50), new PolicyDto("", "", "", -1)]));
        Assert.Equal("Policies", failure.Property);
        Assert.Equal("case-too-many-policies", failure.Cause!.Code);
        Assert.Equal([50], failure.Cause.Arguments);
    }

    [Fact]
    public void A_policy_names_its_insurer_number_and_product_each_at_its_index()
    {
        Assert.Equal(
            [("Policies[1].Insurer", "case-insurer-required"), ("Policies[1].Number", "case-policy-number-required"), ("Policies[1].Product", "case-product-required")],
            Failures(Content(policies: [new PolicyDto("AXA", "HAB-001", "Habitation", 1), new PolicyDto(" ", "", " ", 1)])));
        Assert.Equal(
            [("Policies[0].Insurer", "case-insurer-required"), ("Policies[0].Number", "case-policy-number-required"), ("Policies[0].Product", "case-product-required")],
            Failures(Content(policies: [null!])));
        Assert.Equal([("Policies[0].Number", "case-policy-number-required")], Failures(Content(policies: [new PolicyDto("AXA", "", "Auto", 1)])));
        Assert.Equal([("Policies[0].Product", "case-product-required")], Failures(Content(policies: [new PolicyDto("AXA", "A-1", "", 1)])));
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("0.01", true)]
    [InlineData("100000000", true)]
    [InlineData("100000000.01", false)]
    [InlineData("-0.01", false)]
    [InlineData("12.345", false)]
    public void A_premium_is_in_euros_to_the_cent_up_to_100_million(string premium, bool valid)
    {
        var failures = Failures(Content(policies: [new PolicyDto("AXA", "HAB-001", "Habitation", decimal.Parse(premium, System.Globalization.CultureInfo.InvariantCulture))]));
        Assert.Equal(valid ? [] : [("Policies[0].AnnualPremium", "case-premium-invalid")], failures);
    }

    [Fact]
    public void A_policy_field_has_200_characters_at_most()
    {
        var longest = new string('x', 200);
        Assert.Empty(Failures(Content(policies: [new PolicyDto(longest, longest, longest, 1)])));
        foreach (var policy in new[] { new PolicyDto(longest + "x", "A", "B", 1), new PolicyDto("A", longest + "x", "B", 1), new PolicyDto("A", "B", longest + "x", 1) })
        {
            var failure = Only(Content(policies: [policy]));
            Assert.Equal("Policies[0]", failure.Property);
            Assert.Equal("case-text-too-long", failure.Cause!.Code);
            Assert.Equal("per-field", failure.Cause.Reason);
            Assert.Equal([200], failure.Cause.Arguments);
        }
    }

    [Fact]
    public void Notes_have_20000_characters_at_most()
    {
        Assert.Empty(Failures(Content(notes: new string('n', 20_000))));
        var failure = Only(Content(notes: new string('n', 20_001)));
        Assert.Equal("Notes", failure.Property);
        Assert.Equal([20_000], failure.Cause!.Arguments);
    }

    [Fact]
    public void A_case_file_holds_50_sections_at_most_and_only_those_are_checked()
    {
        SectionDto[] fifty = [.. Enumerable.Range(1, 50).Select(i => new SectionDto($"Section {i}", ""))];
        Assert.Empty(Failures(Content(sections: fifty)));

        var failure = Only(Content(sections: [.. fifty, new SectionDto("", "")]));
        Assert.Equal("Sections", failure.Property);
        Assert.Equal("case-too-many-sections", failure.Cause!.Code);
        Assert.Equal([50], failure.Cause.Arguments);
    }

    [Fact]
    public void A_section_has_a_title_of_200_characters_at_most_and_a_body_of_20000()
    {
        Assert.Empty(Failures(Content(sections: [new SectionDto(new string('t', 200), new string('b', 20_000))])));
        Assert.Equal([("Sections[1].Title", "case-section-title-required")], Failures(Content(sections: [new SectionDto("A", ""), new SectionDto(" ", "")])));
        Assert.Equal([("Sections[0].Title", "case-section-title-required")], Failures(Content(sections: [null!])));
        Assert.Equal([("Sections[0].Title", "case-text-too-long")], Failures(Content(sections: [new SectionDto(new string('t', 201), "")])));
        Assert.Equal([("Sections[0].Body", "case-text-too-long")], Failures(Content(sections: [new SectionDto("A", new string('b', 20_001))])));
    }

    [Fact]
    public void Two_sections_may_not_share_a_title_whatever_its_case_and_spaces()
    {
        Assert.Equal(
            [("Sections[3].Title", "case-section-title-required"), ("Sections", "case-section-title-twice")],
            Failures(Content(sections: [new SectionDto("Sinistres", ""), new SectionDto(" sinistres ", ""), new SectionDto("Projets", ""), new SectionDto(" ", "")])));

        var twice = Assert.Single(CaseFileContentValidator.Validate(Content(sections: [new SectionDto("Sinistres", ""), new SectionDto(" sinistres ", "")]), Today));
        Assert.Equal("Sections", twice.Property);
        Assert.Equal("case-section-title-twice", twice.Cause!.Code);
        Assert.Equal(["Sinistres"], twice.Cause.Arguments);
    }

    [Fact]
    public void The_commands_validators_take_today_from_the_clock()
    {
        var clock = new StoppedClock(new DateTimeOffset(2026, 11, 26, 23, 30, 0, TimeSpan.Zero));
        var born = Content(client: Client with { BirthDate = new DateOnly(2026, 11, 27) });

        Assert.Single(new CreateCaseFileCommandValidator(clock).Validate(new CreateCaseFileCommand(born)));
        Assert.Single(new UpdateCaseFileCommandValidator(clock).Validate(new UpdateCaseFileCommand(Guid.NewGuid(), 1, born)));

        clock.Now = clock.Now.AddHours(1);
        Assert.Empty(new CreateCaseFileCommandValidator(clock).Validate(new CreateCaseFileCommand(born)));
        Assert.Empty(new UpdateCaseFileCommandValidator(clock).Validate(new UpdateCaseFileCommand(Guid.NewGuid(), 1, born)));
    }
}
