using Modular.ClientPortal.Domain.Companies;

namespace Modular.UnitTests.ClientPortal;

public sealed class SwissUidTests
{
    [Theory]
    [InlineData("CHE-109.322.551")]
    [InlineData("CHE109322551")]
    [InlineData("che-109.322.551")]
    [InlineData(" CHE 109 322 551 ")]
    [InlineData("CHE-116.458.233")]
    public void A_UID_with_its_check_digit_is_kept_in_the_official_form(string typed)
    {
        var uid = SwissUid.Parse(typed);

        Assert.True(uid.IsSuccess);
        Assert.Matches(@"^CHE-\d{3}\.\d{3}\.\d{3}$", uid.Value.Value);
        Assert.Equal("CHE" + new string([.. typed.Where(char.IsAsciiDigit)]), uid.Value.Value.Replace("-", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("CHE-109.322.552", "check-digit")]
    [InlineData("CHE-109.322.550", "check-digit")]
    [InlineData("", "missing")]
    [InlineData(null, "missing")]
    [InlineData("DE-109.322.551", "prefix")]
    [InlineData("109.322.551", "prefix")]
    [InlineData("CHE-109.322.55", "format")]
    [InlineData("CHE-109.322.5511", "format")]
    [InlineData("CHE-1O9.322.551", "format")]
    public void A_wrong_UID_is_refused_saying_why(string? typed, string reason)
    {
        var uid = SwissUid.Parse(typed);

        Assert.True(uid.IsFailure);
        Assert.Equal("uid-invalid", uid.Error!.Code);
        Assert.Equal(reason, uid.Error.Reason);
        Assert.Equal("Uid", Assert.Single(uid.Error.FieldErrors).Key);
    }

    [Fact]
    public void Every_eight_digits_give_exactly_one_valid_UID_unless_the_check_digit_would_be_ten()
    {
        var random = new Random(14);
        for (var i = 0; i < 2000; i++)
        {
            var first = random.Next(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
            var valid = Enumerable.Range(0, 10).Where(d => SwissUid.Parse($"CHE{first}{d}").IsSuccess).ToList();
            if (SwissUid.CheckDigit(first) is { } check)
            {
                Assert.Equal([check], valid);
            }
            else
            {
                Assert.Empty(valid);
            }
        }
    }

    [Fact]
    public void The_check_digit_is_eleven_minus_the_weighted_sum_modulo_eleven()
    {
        // 1*5 + 0*4 + 9*3 + 3*2 + 2*7 + 2*6 + 5*5 + 5*4 = 109; 109 mod 11 = 10; 11 - 10 = 1.
        Assert.Equal(1, SwissUid.CheckDigit("10932255"));

        // A remainder of 0 gives 0 (not 11): 0*... = 0.
        Assert.Equal(0, SwissUid.CheckDigit("00000000"));
    }

    [Fact]
    public void The_check_digit_of_no_digits_is_a_programming_error() =>
        Assert.Equal("digits", Assert.Throws<ArgumentNullException>(() => SwissUid.CheckDigit(null!)).ParamName);
}
