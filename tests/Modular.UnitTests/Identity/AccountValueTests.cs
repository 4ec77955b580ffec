using Modular.Identity.Domain.Accounts;
using Modular.SharedKernel.Domain;
using Modular.Identity.Domain.Organisations;

namespace Modular.UnitTests.Identity;

public sealed class AccountValueTests
{
    [Fact]
    public void Personal_codes_are_eight_unambiguous_characters_shown_in_two_groups()
    {
        var codes = Enumerable.Range(0, 500).Select(_ => PersonalIdentificationCode.Generate()).ToList();

        Assert.All(codes, code =>
        {
            Assert.Equal(8, code.Value.Length);
            Assert.DoesNotContain(code.Value, c => "01ILOSZ25".Contains(c, StringComparison.Ordinal));
            Assert.Matches("^[A-Z0-9]{4}-[A-Z0-9]{4}$", code.ToString());
        });
        Assert.True(codes.Distinct().Count() > 495, "codes should be random");
    }

    [Theory]
    [InlineData("7kxm-4qrt", "7KXM4QRT")]
    [InlineData(" 7KXM 4QRT ", "7KXM4QRT")]
    [InlineData("7KXM4QRT", "7KXM4QRT")]
    public void A_personal_code_is_read_whatever_its_case_and_separators(string typed, string expected) =>
        Assert.Equal(expected, PersonalIdentificationCode.TryParse(typed)?.Value);

    [Theory]
    [InlineData("7KXM-4QR")]
    [InlineData("7KXM-4QRTX")]
    [InlineData("7KXM-4QR0")]
    [InlineData("")]
    [InlineData(null)]
    public void A_malformed_personal_code_is_not_a_code(string? typed) => Assert.Null(PersonalIdentificationCode.TryParse(typed));

    [Fact]
    public void An_empty_personal_code_shows_as_nothing() => Assert.Equal("", default(PersonalIdentificationCode).ToString());

    [Fact]
    public void Mandatary_user_names_are_two_groups_of_four_unambiguous_characters_after_their_prefix()
    {
        var names = Enumerable.Range(0, 200).Select(_ => MandataryUserName.Generate()).ToList();

        Assert.All(names, name => Assert.Matches("^mdt-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$", name));
        Assert.True(names.Distinct().Count() > 195, "user names should be random");
    }

    [Fact]
    public void Temporary_passwords_do_not_start_with_their_required_characters_in_a_fixed_order()
    {
        var passwords = Enumerable.Range(0, 200).Select(_ => TemporaryPassword.Generate()).ToList();

        Assert.Contains(passwords, p => !char.IsUpper(p[0]));
        Assert.Contains(passwords, p => !char.IsLower(p[1]));
        Assert.Contains(passwords, p => !char.IsDigit(p[2]));
    }

    [Fact]
    public void Temporary_passwords_meet_the_password_policy()
    {
        for (var i = 0; i < 200; i++)
        {
            var password = TemporaryPassword.Generate();
            Assert.Equal(16, password.Length);
            Assert.Contains(password, char.IsUpper);
            Assert.Contains(password, char.IsLower);
            Assert.Contains(password, char.IsDigit);
            Assert.Contains(password, c => !char.IsLetterOrDigit(c));
            Assert.True(password.Distinct().Count() >= 5);
        }
    }

    [Theory]
    [InlineData(" Agent1@Demo.Test ", "agent1@demo.test")]
    [InlineData("a.b+c@example.fr", "a.b+c@example.fr")]
    public void Email_addresses_are_trimmed_and_lower_cased(string input, string expected) =>
        Assert.Equal(expected, EmailAddress.TryParse(input)?.Value);

    [Theory]
    [InlineData("pas-une-adresse")]
    [InlineData("a@b")]
    [InlineData("a@.fr")]
    [InlineData("Nom <a@b.fr>")]
    [InlineData("")]
    public void Malformed_email_addresses_are_refused(string input) => Assert.Null(EmailAddress.TryParse(input));

    [Fact]
    public void An_organisation_needs_a_name_of_at_most_200_characters()
    {
        Assert.Equal("organisation-name-required", Organisation.Create("  ", TimeProvider.System).Error?.Code);
        Assert.Equal("organisation-name-too-long", Organisation.Create(new string('x', 201), TimeProvider.System).Error?.Code);
        Assert.Equal("Cabinet Martin", Organisation.Create("  Cabinet Martin ", TimeProvider.System).Value.Name);
    }
}
