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
}
