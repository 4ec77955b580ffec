using Modular.SharedKernel.Domain;

namespace Modular.UnitTests.SharedKernel;

public sealed class EmailAddressTests
{
    [Fact]
    public void An_address_of_254_characters_is_accepted_and_one_of_255_is_not()
    {
        var longest = new string('a', 64) + "@" + new string('b', 63) + "." + new string('c', 63) + "." + new string('d', 58) + ".fr";

        Assert.Equal(EmailAddress.MaxLength, longest.Length);
        Assert.Equal(longest, EmailAddress.TryParse(longest)?.Value);
        Assert.Null(EmailAddress.TryParse("a" + longest));
    }

    [Fact]
    public void No_address_is_no_email_address() => Assert.Null(EmailAddress.TryParse(null));

    [Fact]
    public void An_address_shows_as_its_value() => Assert.Equal("marie@example.fr", EmailAddress.TryParse("Marie@Example.fr")!.Value.ToString());
}
