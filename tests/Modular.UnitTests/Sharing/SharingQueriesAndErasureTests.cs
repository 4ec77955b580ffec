using Modular.Sharing.Domain.CaseFiles;
using Modular.Sharing.Domain.ShareKeys;
using static Modular.UnitTests.Fakes.InMemoryQueries;

namespace Modular.UnitTests.Sharing;

/// <summary>
/// What an overwrite would erase, field by field, and which case files and keys the module's
/// queries select, run over lists in memory (the integration tests run them on the databases).
/// </summary>
public sealed class SharingQueriesAndErasureTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Agent1 = Guid.NewGuid();
    private static readonly Guid Agent2 = Guid.NewGuid();
    private static readonly Guid Organisation = Guid.NewGuid();

    [Fact]
    public void A_client_is_named_by_last_name_then_first_name_or_last_name_alone()
    {
        Assert.Equal("Dupont Marie", new ClientIdentity("Dupont", "Marie", null, null, null, null).DisplayName);
        Assert.Equal("Dupont", new ClientIdentity("Dupont", null, null, null, null, null).DisplayName);
        Assert.Equal("Dupont", new ClientIdentity("Dupont", "  ", null, null, null, null).DisplayName);
    }

    [Fact]
    public void An_overwrite_names_each_client_field_it_changes_and_only_those()
    {
        var ours = CaseFileTests.Content();
        var theirs = ours with
        {
            Client = new ClientIdentity("Durand", "Marc", new DateOnly(1981, 1, 1), "marc@example.fr", "+33600000000", "2 rue Neuve"),
        };

        var erased = ours.ErasedBy(theirs);

        Assert.Equal(
            [CaseFileField.LastName, CaseFileField.FirstName, CaseFileField.BirthDate, CaseFileField.Email, CaseFileField.Phone, CaseFileField.Address],
            erased.Select(e => e.Field));
        Assert.All(erased, e => Assert.Null(e.Name));
        Assert.Empty(ours.ErasedBy(ours with { Policies = [.. ours.Policies], Sections = [.. ours.Sections] }));
    }

    [Fact]
    public void An_overwrite_erases_nothing_where_our_field_was_empty()
    {
        var ours = new CaseFileContent(new ClientIdentity("Durand", null, null, "", null, null), [], null, []);
        var theirs = CaseFileTests.Content();

        Assert.Equal([CaseFileField.LastName], ours.ErasedBy(theirs).Select(e => e.Field));
    }

    [Fact]
    public void An_overwrite_names_the_policies_notes_and_sections_it_loses()
    {
        var ours = CaseFileTests.Content(notes: "Client fidèle", policies: [new Policy("AXA", "HAB-001", "Habitation", 420.50m), new Policy("MAAF", "AUTO-7", "Auto", 610m)]);
        var theirs = CaseFileTests.Content(notes: "Autre note", policies: [new Policy("AXA", "HAB-001", "Habitation", 420.50m)]) with { Sections = [] };

        var erased = ours.ErasedBy(theirs);

        Assert.Equal(
            [new ErasedField(CaseFileField.Policy, "MAAF AUTO-7"), new ErasedField(CaseFileField.Notes, null), new ErasedField(CaseFileField.Section, "Sinistres")],
            erased);
    }

    [Fact]
    public void Two_contents_are_equal_when_every_part_is_and_differ_when_one_part_does()
    {
        var content = CaseFileTests.Content();

        Assert.Equal(content, content with { Policies = [.. content.Policies], Sections = [.. content.Sections] });
        Assert.NotEqual(content, content with { Notes = "Autre" });
        Assert.NotEqual(content, content with { Client = content.Client with { LastName = "Durand" } });
        Assert.NotEqual(content, content with { Policies = [] });
        Assert.NotEqual(content, content with { Sections = [] });
        Assert.False(content.Equals(null));
    }

    [Fact]
    public void A_key_keeps_in_clear_only_its_last_group()
    {
        var caseFile = CaseFile.Create(Agent1, Organisation, CaseFileTests.Content(), Now);

        var (key, text) = ShareKey.Issue(caseFile, Agent1, Now);

        Assert.Equal(4, key.KeyEnding.Length);
        Assert.EndsWith("-" + key.KeyEnding, text.Display, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ShareKey.Issue(null!, Agent1, Now));
    }

    [Fact]
    public void A_case_file_is_found_only_by_its_owner_by_id_or_by_lineage()
    {
        var mine = CaseFile.Create(Agent1, Organisation, CaseFileTests.Content(), Now);
        var theirs = CaseFile.ImportCopy(mine.LineageId, Guid.NewGuid(), Agent2, Organisation, mine.Content, Agent1, Now);
        CaseFile[] rows = [mine, theirs];

        Assert.Equal([mine], Select(rows, new CaseFileOfOwnerSpec(mine.Id, Agent1)));
        Assert.Empty(Select(rows, new CaseFileOfOwnerSpec(mine.Id, Agent2)));
        Assert.Equal([theirs], Select(rows, new CaseFileOfLineageSpec(mine.LineageId, Agent2)));
        Assert.Empty(Select(rows, new CaseFileOfLineageSpec(Guid.NewGuid(), Agent2)));
    }

    [Fact]
    public void My_case_files_are_mine_newest_first_found_by_a_folded_name_and_paged()
    {
        var helene = CaseFile.Create(Agent1, Organisation, CaseFileTests.Content("Hélène"), Now);
        var dupont = CaseFile.Create(Agent1, Organisation, CaseFileTests.Content("Dupont"), Now.AddMinutes(1));
        var other = CaseFile.Create(Agent2, Organisation, CaseFileTests.Content("Helene"), Now.AddMinutes(2));
        CaseFile[] rows = [helene, dupont, other];

        Assert.Equal([dupont, helene], Select(rows, new MyCaseFilesSpec(Agent1, null, 1, 20)));
        Assert.Equal([dupont, helene], Select(rows, new MyCaseFilesSpec(Agent1, "  ", 1, 20)));
        Assert.Equal([helene], Select(rows, new MyCaseFilesSpec(Agent1, " HELENE ", 1, 20)));
        Assert.Equal([helene], Select(rows, new MyCaseFilesSpec(Agent1, null, 2, 1)));
    }

    [Fact]
    public void A_key_is_found_by_its_hash_and_by_its_issuer_only()
    {
        var caseFile = CaseFile.Create(Agent1, Organisation, CaseFileTests.Content(), Now);
        var (key, _) = ShareKey.Issue(caseFile, Agent1, Now);
        var (otherKey, _) = ShareKey.Issue(caseFile, Agent1, Now);
        ShareKey[] rows = [key, otherKey];

        // In memory an array equals only itself; the database compares the bytes.
        Assert.Equal([key], Select(rows, new ShareKeyByHashSpec(key.KeyHash)));
        Assert.Equal([key], Select(rows, new ShareKeyOfIssuerSpec(key.Id, Agent1)));
        Assert.Empty(Select(rows, new ShareKeyOfIssuerSpec(key.Id, Agent2)));
    }

    [Fact]
    public void My_keys_are_listed_newest_first_and_filtered_by_their_state_at_the_time_asked()
    {
        var caseFile = CaseFile.Create(Agent1, Organisation, CaseFileTests.Content(), Now);
        var (old, _) = ShareKey.Issue(caseFile, Agent1, Now.AddDays(-40));
        var (revoked, _) = ShareKey.Issue(caseFile, Agent1, Now.AddDays(-1));
        revoked.Revoke(Now.AddHours(-1));
        var (pending, _) = ShareKey.Issue(caseFile, Agent1, Now);
        var (othersKey, _) = ShareKey.Issue(caseFile, Agent2, Now);
        ShareKey[] rows = [old, revoked, pending, othersKey];

        Assert.Equal([pending, revoked, old], Select(rows, new MyShareKeysSpec(Agent1, null, Now, 1, 20)));
        Assert.Equal([pending], Select(rows, new MyShareKeysSpec(Agent1, ShareKeyState.Pending, Now, 1, 20)));
        Assert.Equal([revoked], Select(rows, new MyShareKeysSpec(Agent1, ShareKeyState.Revoked, Now, 1, 20)));
        Assert.Equal([old], Select(rows, new MyShareKeysSpec(Agent1, ShareKeyState.Expired, Now, 1, 20)));
        Assert.Equal([old], Select(rows, new MyShareKeysSpec(Agent1, ShareKeyState.Expired, old.ExpiresAt, 1, 20)));
        Assert.Empty(Select(rows, new MyShareKeysSpec(Agent1, ShareKeyState.Used, Now, 1, 20)));
        Assert.Equal([revoked], Select(rows, new MyShareKeysSpec(Agent1, null, Now, 2, 1)));
    }
}
