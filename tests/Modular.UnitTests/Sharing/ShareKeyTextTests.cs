using Modular.Sharing.Domain.ShareKeys;

namespace Modular.UnitTests.Sharing;

public sealed class ShareKeyTextTests
{
    [Fact]
    public void A_generated_key_is_seven_groups_of_four_from_the_unambiguous_alphabet()
    {
        var key = ShareKeyText.Generate();

        Assert.Matches("^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}$", key.Display);
        Assert.DoesNotContain(key.Display, c => c is 'I' or 'L' or 'O' or 'U');
    }

    [Fact]
    public void A_generated_key_carries_at_least_128_random_bits()
    {
        // 27 random characters of a 32-letter alphabet: 27 x 5 = 135 bits.
        Assert.True(ShareKeyText.RandomLength * Math.Log2(ShareKeyText.Alphabet.Length) >= 128);
        var keys = Enumerable.Range(0, 2000).Select(_ => ShareKeyText.Generate().Canonical).ToHashSet();
        Assert.Equal(2000, keys.Count);
    }

    [Fact]
    public void A_generated_key_reads_back_as_itself()
    {
        var key = ShareKeyText.Generate();

        var parsed = ShareKeyText.Parse(key.Display);

        Assert.True(parsed.IsSuccess);
        Assert.Equal(key.Canonical, parsed.Value.Canonical);
        Assert.Equal(key.Hash(), parsed.Value.Hash());
    }

    [Fact]
    public void Lower_case_spaces_line_breaks_and_typographic_dashes_do_not_matter()
    {
        var key = ShareKeyText.Generate();
        var messy = "  \r\n" + string.Join("\u2013 ", key.Display.ToLowerInvariant().Split('-')).Insert(7, "\n") + " \t\n";

        var parsed = ShareKeyText.Parse(messy);

        Assert.True(parsed.IsSuccess, parsed.Error?.Message);
        Assert.Equal(key.Canonical, parsed.Value.Canonical);
    }

    [Fact]
    public void Letters_O_I_and_L_are_read_as_the_digits_they_look_like()
    {
        var key = KeyContaining('0', '1');
        var retyped = key.Display.Replace('0', 'O').Replace('1', 'l');

        var parsed = ShareKeyText.Parse(retyped);

        Assert.True(parsed.IsSuccess, parsed.Error?.Message);
        Assert.Equal(key.Canonical, parsed.Value.Canonical);
    }

    [Fact]
    public void Every_single_character_typo_is_reported_as_a_typo()
    {
        var key = ShareKeyText.Generate().Canonical;
        for (var position = 0; position < key.Length; position++)
        {
            foreach (var replacement in ShareKeyText.Alphabet.Where(c => c != key[position]))
            {
                var typo = key[..position] + replacement + key[(position + 1)..];

                var parsed = ShareKeyText.Parse(typo);

                Assert.True(parsed.IsFailure, $"{typo} was accepted");
                Assert.Equal("key-malformed", parsed.Error.Code);
                Assert.Equal("typo", parsed.Error.Extensions["reason"]);
            }
        }
    }

    [Fact]
    public void Swapping_two_neighbouring_characters_is_reported_as_a_typo()
    {
        var key = ShareKeyText.Generate().Canonical;
        for (var position = 0; position < key.Length - 1; position++)
        {
            // Luhn mod 32 cannot see a swap of the first and last letters of its alphabet.
            if (key[position] == key[position + 1] || (key[position], key[position + 1]) is ('0', 'Z') or ('Z', '0'))
            {
                continue;
            }

            var swapped = key[..position] + key[position + 1] + key[position] + key[(position + 2)..];

            Assert.Equal("typo", ShareKeyText.Parse(swapped).Error?.Extensions["reason"]);
        }
    }

    [Theory]
    [InlineData(-1, "length")]
    [InlineData(+1, "length")]
    [InlineData(-8, "length")]
    public void A_key_too_short_or_too_long_says_how_many_characters_it_has(int delta, string reason)
    {
        var key = ShareKeyText.Generate().Canonical;
        var wrong = delta < 0 ? key[..(key.Length + delta)] : key + "7";

        var parsed = ShareKeyText.Parse(wrong);

        Assert.Equal(reason, parsed.Error?.Extensions["reason"]);
        Assert.Contains($"celle-ci en compte {wrong.Length}", parsed.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Voici la clé : {0}")]
    [InlineData("{0}.")]
    [InlineData("<{0}>")]
    public void A_key_pasted_with_surrounding_text_is_refused_with_a_clear_message(string format)
    {
        var pasted = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, ShareKeyText.Generate().Display);

        var parsed = ShareKeyText.Parse(pasted);

        Assert.Equal("characters", parsed.Error?.Extensions["reason"]);
        Assert.Contains("sans le texte qui l'entoure", parsed.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void An_empty_key_asks_for_the_key(string? input) =>
        Assert.Equal("Collez la clé de partage reçue par courriel.", ShareKeyText.Parse(input).Error?.Message);

    private static ShareKeyText KeyContaining(char a, char b)
    {
        while (true)
        {
            var key = ShareKeyText.Generate();
            if (key.Canonical[..ShareKeyText.RandomLength].Contains(a, StringComparison.Ordinal) && key.Canonical[..ShareKeyText.RandomLength].Contains(b, StringComparison.Ordinal))
            {
                return key;
            }
        }
    }
}
