using Modular.Vault.Application.Links;

namespace Modular.UnitTests.Vault.Application;

/// <summary>What a secret link's holder sends is read strictly: the token's exact form, the address as stored.</summary>
public sealed class LinkSecretsTests
{
    [Fact]
    public void A_token_is_read_with_the_spaces_around_it_and_nothing_else()
    {
        var (token, hash) = LinkTokens.New();

        Assert.Equal(43, token.Length);
        Assert.Equal(hash, LinkTokens.HashOf($"  {token}\n"));
        Assert.Null(LinkTokens.HashOf(null));
        Assert.Null(LinkTokens.HashOf(new string('!', 43)));
        Assert.Null(LinkTokens.HashOf(token[..21] + " " + token[22..]));
        Assert.NotEqual(hash, LinkTokens.New().Hash);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData(" 203.0.113.7 ", "203.0.113.7")]
    public void An_address_is_kept_trimmed_and_an_unknown_one_is_none(string? given, string? kept) =>
        Assert.Equal(kept, AddressFailures.Normalise(given));

    [Fact]
    public void An_address_is_cut_to_64_characters()
    {
        var longest = new string('a', 64);

        Assert.Equal(longest, AddressFailures.Normalise(longest));
        Assert.Equal(longest, AddressFailures.Normalise(longest + "b"));
    }
}
