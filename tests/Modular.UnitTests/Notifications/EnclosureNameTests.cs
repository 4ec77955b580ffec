using Modular.Notifications.Domain.Messages;

namespace Modular.UnitTests.Notifications;

public sealed class EnclosureNameTests
{
    [Theory]
    [InlineData("décompte octobre.pdf", "décompte octobre.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\marie\\lettre.pdf", "lettre.pdf")]
    [InlineData("\"quoted\" <x>|y:z*?.pdf", "quoted xyz.pdf")]
    [InlineData("ligne\r\nBcc: x@y.z.pdf", "ligneBcc x@y.z.pdf")]
    [InlineData("  ..  ", "piece-jointe-1")]
    [InlineData(null, "piece-jointe-1")]
    public void A_file_name_loses_its_path_and_what_mail_clients_or_disks_refuse(string? typed, string kept)
    {
        Assert.Equal(kept, Enclosure.SafeFileName(typed, "piece-jointe-1"));
    }

    [Fact]
    public void A_long_name_is_cut_keeping_its_extension()
    {
        var name = Enclosure.SafeFileName(new string('a', 400) + ".pdf", "x");

        Assert.Equal(Enclosure.FileNameMaxLength, name.Length);
        Assert.EndsWith("a.pdf", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(2)]
    public void A_long_name_keeps_an_extension_of_up_to_15_characters_with_its_dot(int extensionLength)
    {
        var extension = "." + new string('e', extensionLength - 1);

        var name = Enclosure.SafeFileName(new string('a', 400) + extension, "x");

        Assert.Equal(new string('a', Enclosure.FileNameMaxLength - extension.Length) + extension, name);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(40)]
    public void A_long_name_whose_extension_is_longer_is_cut_plainly(int extensionLength)
    {
        var typed = new string('a', 400) + "." + new string('e', extensionLength - 1);

        Assert.Equal(typed[..Enclosure.FileNameMaxLength], Enclosure.SafeFileName(typed, "x"));
    }

    [Fact]
    public void A_name_of_exactly_the_maximum_length_is_kept_whole()
    {
        var typed = new string('a', Enclosure.FileNameMaxLength - 4) + ".pdf";

        Assert.Equal(typed, Enclosure.SafeFileName(typed, "x"));
    }
}
