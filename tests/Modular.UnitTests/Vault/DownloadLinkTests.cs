using System.Security.Cryptography;
using System.Text;
using Modular.Vault.Application.Links;
using Modular.Vault.Domain.Links;

namespace Modular.UnitTests.Vault;

public sealed class DownloadLinkTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private static DownloadLink Link(params Guid[] documents) =>
        DownloadLink.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), documents.Length == 0 ? [Guid.NewGuid()] : documents, "agent@prefecture.fr",
            "Cabinet Démo", "agent1@demo.test", SHA256.HashData(Encoding.ASCII.GetBytes("token")), id => SHA256.HashData(id.ToByteArray()), Now).Value;

    [Fact]
    public void A_new_link_is_active_for_14_days_with_5_attempts()
    {
        var link = Link();

        Assert.Equal(DownloadLinkState.Active, link.StateAt(Now.AddDays(14).AddSeconds(-1)));
        Assert.Equal(DownloadLinkState.Expired, link.StateAt(Now.AddDays(14)));
        Assert.Equal(5, link.AttemptsLeft);
        Assert.Null(link.RedemptionRefusal(Now));
    }

    [Fact]
    public void An_expired_link_says_so()
    {
        Assert.Equal("link-expired", Link().RedemptionRefusal(Now.AddDays(15))?.Code);
    }

    [Fact]
    public void A_link_needs_at_least_one_document()
    {
        var link = DownloadLink.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), [], null, "Cabinet Démo", null, [], _ => [], Now);

        Assert.Equal("no-document-selected", link.Error?.Code);
    }

    [Fact]
    public void The_code_hash_is_bound_to_the_link()
    {
        var first = Link();
        var second = Link();

        Assert.NotEqual(first.CodeHash, second.CodeHash);
    }

    [Fact]
    public void Without_a_redemption_no_session_is_open() =>
        Assert.False(Link().SessionIsOpen(new byte[32], Now));

    [Theory]
    [InlineData("123456", "123456")]
    [InlineData(" 123 456 ", "123456")]
    [InlineData("000042", "000042")]
    public void A_code_of_six_digits_is_read_whatever_the_spaces(string typed, string expected) =>
        Assert.Equal(expected, SixDigitCode.Parse(typed).Value.Value);

    [Theory]
    [InlineData("12345", "Le code compte 6 chiffres ; celui-ci en compte 5.")]
    [InlineData("1234567", "Le code compte 6 chiffres ; celui-ci en compte 7.")]
    [InlineData("12a456", "Le code ne contient que des chiffres.")]
    [InlineData("", "Saisissez le code à 6 chiffres qui vous a été communiqué.")]
    [InlineData("１２３４５６", "Le code ne contient que des chiffres.")]
    public void Short_long_or_non_numeric_codes_are_refused_with_a_clear_message(string typed, string message)
    {
        var parsed = SixDigitCode.Parse(typed);

        Assert.Equal("code-malformed", parsed.Error?.Code);
        Assert.Equal(message, parsed.Error!.Message);
    }

    [Fact]
    public void Generated_codes_are_six_digits_and_vary()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => SixDigitCode.Generate().Value).ToList();

        Assert.All(codes, c => Assert.Matches("^[0-9]{6}$", c));
        Assert.True(codes.Distinct().Count() > 190);
    }

    [Fact]
    public void A_link_token_carries_256_bits_and_only_its_hash_is_kept()
    {
        var (token, hash) = LinkTokens.New();

        Assert.Equal(43, token.Length);
        Assert.Equal(hash, LinkTokens.HashOf(token));
        Assert.Null(LinkTokens.HashOf(token[..^1]));
        Assert.Null(LinkTokens.HashOf("not a token"));
        Assert.Null(LinkTokens.HashOf(token + token));
    }

    [Fact]
    public void No_code_at_all_asks_for_the_code() =>
        Assert.Equal("empty", SixDigitCode.Parse(null).Error?.Reason);
}
