using Modular.Vault.Domain.Folders;

namespace Modular.UnitTests.Vault;

public sealed class FolderNameTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static Folder Folder(string name) => Modular.Vault.Domain.Folders.Folder.Create(Guid.NewGuid(), name, isPublic: false, Guid.NewGuid(), Now).Value;

    [Theory]
    [InlineData("Contrats", "contrats")]
    [InlineData("CONTRATS", "contrats")]
    [InlineData("Contrâts", "contrats")]
    [InlineData("  Contrats  ", "contrats")]
    [InlineData("Élévation d'Hélène", "elevation d'helene")]
    [InlineData("Garçon ÇA", "garcon ca")]
    [InlineData("Contrats 2026", "contrats 2026")]
    public void A_folder_is_keyed_by_its_name_without_case_or_accents(string name, string key)
    {
        Assert.Equal(key, Folder(name).NameKey);
    }

    [Fact]
    public void Names_that_differ_only_by_case_or_accents_have_one_key()
    {
        var keys = new[] { "Contrats", "contrats", "Contrâts", "CONTRÂTS", "Contra\u0302ts" }.Select(n => Folder(n).NameKey).Distinct().ToList();

        Assert.Equal(["contrats"], keys);
    }

    [Fact]
    public void Names_that_differ_by_letters_keep_distinct_keys()
    {
        Assert.NotEqual(Folder("Contrats").NameKey, Folder("Contrat").NameKey);
        Assert.NotEqual(Folder("Contrats 2025").NameKey, Folder("Contrats 2026").NameKey);
    }

    [Fact]
    public void Renaming_a_folder_recomputes_its_key_and_keeps_the_name_as_typed()
    {
        var folder = Folder("Contrats");

        Assert.True(folder.Rename(" Factures Été ").IsSuccess);

        Assert.Equal("Factures Été", folder.Name);
        Assert.Equal("factures ete", folder.NameKey);
    }

    [Fact]
    public void A_refused_rename_keeps_the_name_and_its_key()
    {
        var folder = Folder("Contrats");

        Assert.True(folder.Rename("   ").IsFailure);

        Assert.Equal("Contrats", folder.Name);
        Assert.Equal("contrats", folder.NameKey);
    }

    [Fact]
    public void A_home_page_is_keyed_too()
    {
        var home = Modular.Vault.Domain.Folders.Folder.CreateHomePage(Guid.NewGuid(), Guid.NewGuid(), "Hélène Dupont", Guid.NewGuid(), Now);

        Assert.Equal("page d'accueil – helene dupont", home.NameKey);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_folder_needs_a_name(string? name) =>
        Assert.Equal("Le nom du dossier est obligatoire.", Modular.Vault.Domain.Folders.Folder.Create(Guid.NewGuid(), name, isPublic: false, Guid.NewGuid(), Now).Error?.Message);

    [Fact]
    public void A_name_of_120_characters_is_kept_and_one_more_is_refused()
    {
        Assert.Equal(new string('a', 120), Folder(new string('a', 120)).Name);

        var refused = Modular.Vault.Domain.Folders.Folder.Create(Guid.NewGuid(), new string('a', 121), isPublic: false, Guid.NewGuid(), Now).Error;

        Assert.Equal("length", refused?.Reason);
        Assert.Equal([120], refused?.Arguments);
    }

    [Theory]
    [InlineData("Contrats\t2026")]
    [InlineData("Con\ntrats")]
    public void A_name_with_invisible_characters_is_refused(string name) =>
        Assert.Equal("Le nom du dossier contient des caractères invisibles.", Folder("Contrats").Rename(name).Error?.Message);

    [Fact]
    public void A_new_folder_keeps_who_made_it_when_and_whether_it_is_public()
    {
        var (organisation, agent) = (Guid.NewGuid(), Guid.NewGuid());

        var folder = Modular.Vault.Domain.Folders.Folder.Create(organisation, " Publications ", isPublic: true, agent, Now).Value;

        Assert.Equal((organisation, "Publications", true, agent, Now), (folder.OrganisationId, folder.Name, folder.IsPublic, folder.CreatedBy, folder.CreatedAt));
        Assert.Null(folder.HomeOfPersonId);
    }

    [Fact]
    public void A_home_page_named_after_a_long_name_is_cut_to_the_longest_folder_name()
    {
        var home = Modular.Vault.Domain.Folders.Folder.CreateHomePage(Guid.NewGuid(), Guid.NewGuid(), new string('A', 200), Guid.NewGuid(), Now);

        Assert.Equal(("Page d'accueil – " + new string('A', 200))[..120], home.Name);
    }
}
