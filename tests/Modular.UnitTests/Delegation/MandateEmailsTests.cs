using Modular.Delegation.Domain.Requests;

namespace Modular.UnitTests.Delegation;

/// <summary>The two addresses of a mandate request: each the party's own, and never one address written two ways.</summary>
public sealed class MandateEmailsTests
{
    private static readonly string[] Shared = ["info", "contact", "accueil", "secretariat", "facturation"];

    [Theory]
    [InlineData("Claire.Martin@Cabinet.fr", "claire.martin@cabinet.fr")]
    [InlineData(" claire.martin @cabinet.fr ", "claire.martin@cabinet.fr")]
    [InlineData("claire.martin+mandat@cabinet.fr", "claire.martin@cabinet.fr")]
    [InlineData("CLAIRE.MARTIN+a+b@CABINET.FR", "claire.martin@cabinet.fr")]
    [InlineData("+mandat@cabinet.fr", "+mandat@cabinet.fr")]
    [InlineData("@cabinet.fr", "@cabinet.fr")]
    [InlineData("claire+x", "claire+x")]
    [InlineData("claire+x@a@cabinet.fr", "claire@cabinet.fr")]
    [InlineData(null, "")]
    public void An_address_is_compared_without_case_spaces_or_tag(string? written, string compared) =>
        Assert.Equal(compared, MandateEmails.Normalise(written));

    [Theory]
    [InlineData("jean.dupont@cabinet.fr", "Jean.Dupont@cabinet.fr")]
    [InlineData("jean.dupont@cabinet.fr", "jean.dupont+claire@cabinet.fr")]
    [InlineData("jean.dupont@cabinet.fr", " jean.dupont@CABINET.fr")]
    public void The_mandatary_cannot_give_the_mandators_address_written_another_way(string mandator, string mandatary)
    {
        var refused = MandateEmails.Differ(mandator, mandatary, "MandataryEmail");
        Assert.Equal(("mandate-emails-identical", "MandataryEmail"), (refused.Error!.Code, Assert.Single(refused.Error.FieldErrors).Key));
    }

    [Fact]
    public void Two_people_at_one_firm_have_two_addresses() =>
        Assert.True(MandateEmails.Differ("jean.dupont@cabinet.fr", "claire.martin@cabinet.fr", "MandataryEmail").IsSuccess);

    [Theory]
    [InlineData("info@cabinet.fr")]
    [InlineData("Accueil@cabinet.fr")]
    [InlineData("secretariat+mandats@cabinet.fr")]
    public void A_role_or_shared_address_is_refused_with_the_seeds_sentence(string email)
    {
        var refused = MandateEmails.Check(email, "MandatorEmail", Shared);
        Assert.Equal("mandate-email-shared", refused.Error!.Code);
        Assert.StartsWith("Si vous ou le nouvel utilisateur nous remettez une adresse de courriel partagée", refused.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("jean.dupont")]
    [InlineData("jean.dupont@")]
    [InlineData("@cabinet.fr")]
    [InlineData("jean.dupont@localhost")]
    [InlineData("jean dupont@cabinet")]
    [InlineData("jean.dupont@cabinet.")]
    [InlineData("jean.dupont@.cabinet.fr")]
    [InlineData("jean@dupont@cabinet.fr")]
    [InlineData("jean.dupont@cabinet..fr")]
    [InlineData(null)]
    public void A_malformed_address_is_refused(string? email) =>
        Assert.Equal("mandate-email-invalid", MandateEmails.Check(email, "MandatorEmail", Shared).Error!.Code);

    [Fact]
    public void A_personal_or_professional_address_of_ones_own_passes_written_as_compared() =>
        Assert.Equal("jean.dupont@cabinet.fr", MandateEmails.Check(" Jean.Dupont+x@Cabinet.fr", "MandatorEmail", Shared).Value);
}
