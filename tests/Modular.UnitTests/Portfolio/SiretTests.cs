using CsCheck;
using Modular.Portfolio.Domain.Establishments;

namespace Modular.UnitTests.Portfolio;

public sealed class SiretTests
{
    [Theory]
    [InlineData("55208131700018", "55208131700018")]
    [InlineData("552 081 317 00018", "55208131700018")]
    [InlineData(" 552.081.317.00018 ", "55208131700018")]
    [InlineData("552\u00A0081\u00A0317\u00A000018", "55208131700018")]
    public void A_SIRET_typed_with_spaces_or_dots_is_kept_as_its_14_digits(string typed, string kept)
    {
        var siret = Siret.Parse(typed);

        Assert.Equal(kept, siret.Value.Value);
        Assert.Equal(("552081317", "00018"), (siret.Value.Siren, siret.Value.Nic));
        Assert.Equal("552 081 317 00018", siret.Value.Display);
    }

    [Theory]
    [InlineData("", "missing")]
    [InlineData(null, "missing")]
    [InlineData("5520813170001A", "characters")]
    [InlineData("552-081-317-00018", "characters")]
    [InlineData("5520813170001", "length")]
    [InlineData("552081317000180", "length")]
    [InlineData("55208131700019", "key")]
    [InlineData("55208131800008", "key")] // the whole passes Luhn, the SIREN does not
    public void A_wrong_SIRET_is_refused_saying_why(string? typed, string reason)
    {
        var siret = Siret.Parse(typed);

        Assert.Equal("siret-invalid", siret.Error!.Code);
        Assert.Equal(reason, siret.Error.Reason);
        Assert.Equal("Siret", Assert.Single(siret.Error.FieldErrors).Key);
    }

    [Theory]
    [InlineData("35600000000001", true)]  // La Poste, digit sum 15: only the mod-5 rule
    [InlineData("35600000000010", true)]
    [InlineData("35600000000014", true)]  // La Poste, Luhn only (digit sum 18)
    [InlineData("35600000000000", false)] // neither
    [InlineData("35600000000002", false)]
    public void La_Poste_establishments_pass_by_Luhn_or_by_their_digit_sum(string digits, bool valid)
    {
        Assert.Equal(valid, Siret.Parse(digits).IsSuccess);
    }

    [Fact]
    public void The_digit_sum_rule_is_La_Postes_alone()
    {
        // 552081317 00003: digit sum 35, a multiple of 5, but not La Poste and not Luhn.
        Assert.Equal("key", Siret.Parse("55208131700003").Error!.Reason);
    }

    [Fact]
    public void The_check_agrees_with_an_independent_implementation_on_any_14_digits()
    {
        Gen.String[Gen.Char['0', '9'], 14, 14].Sample(digits => Assert.Equal(Reference(digits), Siret.IsValid(digits)), iter: 20_000);
        Gen.String[Gen.Char['0', '9'], 5, 5].Sample(nic => Assert.Equal(Reference("356000000" + nic), Siret.IsValid("356000000" + nic)), iter: 5_000);
    }

    [Fact]
    public void Every_SIRET_completed_with_its_Luhn_key_is_valid_and_any_one_digit_changed_is_not_unless_La_Poste()
    {
        Gen.String[Gen.Char['0', '9'], 8, 8].Select(Gen.String[Gen.Char['0', '9'], 4, 4]).Sample(parts =>
        {
            var siren = WithKey(parts.Item1);
            var siret = WithKey(siren + parts.Item2);
            Assert.True(Siret.IsValid(siret));
            var changed = siret[..13] + (char)('0' + ((siret[13] - '0' + 1) % 10));
            Assert.Equal(Reference(changed), Siret.IsValid(changed));
            Assert.False(siren != Siret.LaPosteSiren && Siret.IsValid(changed));
        }, iter: 5_000);
    }

    /// <summary>Luhn written another way: the digits at even places from the right, and the doubled ones through a table.</summary>
    private static bool LuhnReference(string digits)
    {
        int[] doubled = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];
        var reversed = digits.Reverse().Select(c => c - '0').ToArray();
        var sum = reversed.Where((_, i) => i % 2 == 0).Sum() + reversed.Where((_, i) => i % 2 == 1).Sum(d => doubled[d]);
        return sum % 10 == 0;
    }

    private static bool Reference(string digits) =>
        LuhnReference(digits[..9]) && (LuhnReference(digits) || (digits[..9] == "356000000" && digits.Sum(c => c - '0') % 5 == 0));

    private static string WithKey(string prefix) => Enumerable.Range(0, 10).Select(d => prefix + d).First(LuhnReference);
}
