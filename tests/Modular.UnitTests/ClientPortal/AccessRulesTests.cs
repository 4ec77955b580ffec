using Modular.ClientPortal.Domain.Requests;

namespace Modular.UnitTests.ClientPortal;

public sealed class AccessRulesTests
{
    private static readonly PersonalEmailRule Rule = new(PersonalEmailRule.DefaultRoleLocalParts, PersonalEmailRule.DefaultFreeMailDomains);

    [Theory]
    [InlineData("info@favre.ch")]
    [InlineData("INFO@FAVRE.CH")]
    [InlineData("  contact@favre.ch  ")]
    [InlineData("rh+portail@favre.ch")]
    [InlineData("r.h@favre.ch")]
    [InlineData("compta@favre.ch")]
    [InlineData("secretariat@favre.ch")]
    [InlineData("no-reply@favre.ch")]
    [InlineData("anne.meyer@gmail.com")]
    [InlineData("Anne.Meyer+x@Bluewin.CH")]
    [InlineData("anne@mail.hotmail.com")]
    [InlineData("anne@yahoo.com")]
    [InlineData("anne@outlook.com")]
    public void Role_and_free_mail_addresses_are_not_personal(string email)
    {
        var checkedEmail = Rule.Check(email);

        Assert.Equal("email-not-personal", checkedEmail.Error?.Code);
        Assert.StartsWith("Une adresse électronique personnelle est nécessaire pour l'inscription.", checkedEmail.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("info")]
    [InlineData("contact")]
    [InlineData("admin")]
    [InlineData("administration")]
    [InlineData("office")]
    [InlineData("bureau")]
    [InlineData("hr")]
    [InlineData("rh")]
    [InlineData("personnel")]
    [InlineData("compta")]
    [InlineData("comptabilite")]
    [InlineData("accounting")]
    [InlineData("finance")]
    [InlineData("secretariat")]
    [InlineData("sekretariat")]
    [InlineData("reception")]
    [InlineData("accueil")]
    [InlineData("mail")]
    [InlineData("email")]
    [InlineData("hello")]
    [InlineData("bonjour")]
    [InlineData("team")]
    [InlineData("equipe")]
    [InlineData("support")]
    [InlineData("service")]
    [InlineData("sales")]
    [InlineData("vente")]
    [InlineData("direction")]
    [InlineData("postmaster")]
    [InlineData("webmaster")]
    [InlineData("noreply")]
    [InlineData("no-reply")]
    public void Each_role_of_the_default_list_is_not_a_personal_address(string role) =>
        Assert.Equal("email-not-personal", Rule.Check($"{role}@favre-menuiserie.ch").Error?.Code);

    [Theory]
    [InlineData("gmail.com")]
    [InlineData("googlemail.com")]
    [InlineData("hotmail.com")]
    [InlineData("hotmail.ch")]
    [InlineData("hotmail.fr")]
    [InlineData("outlook.com")]
    [InlineData("outlook.fr")]
    [InlineData("live.com")]
    [InlineData("live.fr")]
    [InlineData("msn.com")]
    [InlineData("yahoo.com")]
    [InlineData("yahoo.fr")]
    [InlineData("ymail.com")]
    [InlineData("bluewin.ch")]
    [InlineData("gmx.ch")]
    [InlineData("gmx.net")]
    [InlineData("gmx.de")]
    [InlineData("gmx.fr")]
    [InlineData("icloud.com")]
    [InlineData("me.com")]
    [InlineData("aol.com")]
    [InlineData("proton.me")]
    [InlineData("protonmail.com")]
    [InlineData("orange.fr")]
    [InlineData("wanadoo.fr")]
    [InlineData("free.fr")]
    [InlineData("sunrise.ch")]
    [InlineData("hispeed.ch")]
    [InlineData("netplus.ch")]
    public void Each_free_mail_domain_of_the_default_list_is_not_a_personal_address(string domain) =>
        Assert.Equal("email-not-personal", Rule.Check($"anne.meyer@{domain}").Error?.Code);

    [Theory]
    [InlineData("anne@mygmail.com")]
    [InlineData("information@favre.ch")]
    [InlineData("anne.info@favre.ch")]
    public void A_domain_is_free_mail_only_as_itself_or_a_sub_domain_and_a_role_only_as_the_whole_local_part(string email) =>
        Assert.True(Rule.Check(email).IsSuccess);

    [Fact]
    public void The_error_names_the_field_the_address_was_typed_in()
    {
        Assert.Equal("CopyEmail", Assert.Single(Rule.Check("info@favre.ch", "CopyEmail").Error!.FieldErrors).Key);
        Assert.Equal("CopyEmail", Assert.Single(Rule.Check("pas une adresse", "CopyEmail").Error!.FieldErrors).Key);
    }

    [Theory]
    [InlineData("Anne.Meyer@Favre-Menuiserie.ch", "anne.meyer@favre-menuiserie.ch")]
    [InlineData(" informatique.dupont@favre.ch ", "informatique.dupont@favre.ch")]
    [InlineData("paul@gmail.com.favre.ch", "paul@gmail.com.favre.ch")]
    public void A_personal_address_is_kept_lower_case(string email, string kept) =>
        Assert.Equal(kept, Rule.Check(email).Value);

    [Theory]
    [InlineData("")]
    [InlineData("anne")]
    [InlineData("anne@")]
    public void What_is_not_an_address_says_so(string email) =>
        Assert.Equal("email-address-invalid", Rule.Check(email).Error?.Code);

    [Fact]
    public void The_lists_come_from_configuration()
    {
        var rule = new PersonalEmailRule(["direction"], ["exemple.ch"]);

        Assert.True(rule.Check("info@favre.ch").IsSuccess);
        Assert.Equal("email-not-personal", rule.Check("direction@favre.ch").Error?.Code);
        Assert.Equal("email-not-personal", rule.Check("anne@exemple.ch").Error?.Code);
    }

    [Theory]
    [InlineData("r_h@favre.ch")]
    [InlineData("R.H+paie@favre.ch")]
    public void A_role_is_recognised_without_its_dots_underscores_case_or_tag(string email) =>
        Assert.Equal("email-not-personal", Rule.Check(email).Error?.Code);

    [Fact]
    public void A_configured_role_is_compared_without_its_spaces()
    {
        var rule = new PersonalEmailRule(["Service Client"], []);

        Assert.Equal("email-not-personal", rule.Check("service.client@favre.ch").Error?.Code);
        Assert.True(rule.Check("service@favre.ch").IsSuccess);
    }

    [Theory]
    [InlineData(25_000_000, true)]
    [InlineData(24_999_999, false)]
    [InlineData(100_000_000, true)]
    public void Eligibility_is_a_premium_volume_from_the_threshold(long centimes, bool eligible) =>
        Assert.Equal(eligible, Eligibility.IsEligible(centimes, 250_000m));

    [Theory]
    [InlineData("021 345 67 89", "+41213456789")]
    [InlineData("+41 21 345 67 89", "+41213456789")]
    [InlineData("0041 79 123 45 67", "+41791234567")]
    [InlineData("+33 6 12 34 56 78", "+33612345678")]
    [InlineData("12", null)]
    [InlineData("abc", null)]
    public void A_phone_number_is_read_as_Swiss_when_national(string typed, string? e164) =>
        Assert.Equal(e164, AccessRequest.SwissPhone(typed));
}
