using Modular.ClientPortal.Application.Documents.DownloadPortalArchive;

namespace Modular.UnitTests.ClientPortal;

public sealed class ArchiveEntryNamesTests
{
    [Fact]
    public void Documents_sharing_a_name_are_numbered_before_the_extension_whatever_the_case()
    {
        var names = new ArchiveEntryNames();

        string[] given = ["lettre.pdf", "décompte.pdf", "Lettre.pdf", "lettre.pdf", "LETTRE.PDF"];

        Assert.Equal(["lettre.pdf", "décompte.pdf", "Lettre (2).pdf", "lettre (3).pdf", "LETTRE (4).PDF"], given.Select(names.Add));
    }

    [Fact]
    public void A_number_already_taken_by_a_file_of_that_name_is_skipped()
    {
        var names = new ArchiveEntryNames();

        string[] given = ["lettre (2).pdf", "lettre.pdf", "lettre.pdf"];

        Assert.Equal(["lettre (2).pdf", "lettre.pdf", "lettre (3).pdf"], given.Select(names.Add));
    }
}
