using Modular.SharedKernel.Domain;
using Modular.Sharing.Domain.CaseFiles;
using Modular.Sharing.Domain.ShareKeys;

namespace Modular.UnitTests.Sharing;

public sealed class CaseFileTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Agent1 = Guid.NewGuid();
    private static readonly Guid Agent2 = Guid.NewGuid();
    private static readonly Guid Organisation = Guid.NewGuid();

    internal static CaseFileContent Content(string lastName = "Dupont", string? notes = "Client fidèle", params Policy[] policies) => new(
        new ClientIdentity(lastName, "Marie", new DateOnly(1980, 5, 17), "marie.dupont@example.fr", "+33612345678", "1 rue de la Paix, 75002 Paris"),
        policies.Length == 0 ? [new Policy("AXA", "HAB-001", "Habitation", 420.50m)] : policies,
        notes,
        [new Section("Sinistres", "Dégât des eaux en 2024")]);

    [Fact]
    public void Editing_from_the_current_revision_saves_a_new_revision_and_records_it()
    {
        var caseFile = CaseFile.Create(Agent1, Organisation, Content(), Now);

        var edited = caseFile.Edit(1, Content(notes: "Rappeler en janvier"), Now.AddMinutes(5));

        Assert.True(edited.IsSuccess);
        Assert.Equal(2, caseFile.Revision);
        Assert.Equal("Rappeler en janvier", caseFile.Content.Notes);
        Assert.Equal([HistoryKind.Created, HistoryKind.Edited], caseFile.History.Select(h => h.Kind));
    }

    [Fact]
    public void Editing_from_an_older_revision_is_refused_and_changes_nothing()
    {
        var caseFile = CaseFile.Create(Agent1, Organisation, Content(), Now);
        caseFile.Edit(1, Content(notes: "Première modification"), Now);

        var stale = caseFile.Edit(1, Content(notes: "Seconde modification"), Now);

        Assert.Equal("case-modified", stale.Error?.Code);
        Assert.Equal(2, stale.Error!.Extensions["currentRevision"]);
        Assert.Equal("Première modification", caseFile.Content.Notes);
    }

    [Fact]
    public void An_imported_copy_keeps_the_lineage_but_belongs_to_the_importer()
    {
        var original = CaseFile.Create(Agent1, Organisation, Content(), Now);
        var (key, _) = ShareKey.Issue(original, Agent1, Now);

        var copy = CaseFile.ImportCopy(key.LineageId, key.Id, Agent2, Organisation, key.Snapshot!, Agent1, Now);

        Assert.Equal(original.LineageId, copy.LineageId);
        Assert.NotEqual(original.Id, copy.Id);
        Assert.Equal(Agent2, copy.OwnerId);
        Assert.Equal(original.Content, copy.Content);
        Assert.Equal(HistoryKind.Imported, Assert.Single(copy.History).Kind);
    }

    [Fact]
    public void Overwriting_lists_what_is_erased_and_keeps_the_old_version_for_30_days()
    {
        var mine = CaseFile.Create(Agent2, Organisation, Content(notes: "Mes notes", policies: [new Policy("AXA", "HAB-001", "Habitation", 420.50m), new Policy("MAAF", "AUTO-9", "Auto", 610m)]), Now);
        var incoming = Content(notes: "Notes du collègue");

        var erased = mine.Overwrite(incoming, Guid.NewGuid(), Agent1, Now);

        Assert.Equal([new ErasedField(CaseFileField.Policy, "MAAF AUTO-9"), new ErasedField(CaseFileField.Notes, null)], erased);
        Assert.Equal(incoming, mine.Content);
        var point = Assert.Single(mine.RestorePoints);
        Assert.Equal("Mes notes", point.Content.Notes);
        Assert.Equal(Now.AddDays(30), point.ExpiresAt);
        Assert.Equal(HistoryKind.Overwritten, mine.History[^1].Kind);
    }

    [Fact]
    public void Nothing_is_listed_as_erased_when_the_incoming_version_holds_everything()
    {
        var mine = CaseFile.Create(Agent2, Organisation, Content(), Now);

        Assert.Empty(mine.Content.ErasedBy(Content()));
    }

    [Fact]
    public void Changed_client_fields_and_sections_are_listed_by_name()
    {
        var mine = Content() with { Sections = [new Section("Sinistres", "Dégât des eaux en 2024"), new Section("Projets", "Assurance emprunteur")] };
        var incoming = Content() with { Client = Content().Client with { Phone = "+33699999999", Address = null } };

        var erased = mine.ErasedBy(incoming);

        Assert.Equal(
            [new ErasedField(CaseFileField.Phone, null), new ErasedField(CaseFileField.Address, null), new ErasedField(CaseFileField.Section, "Projets")],
            erased);
    }

    [Fact]
    public void Restoring_brings_back_the_overwritten_version_and_keeps_the_current_one_restorable()
    {
        var mine = CaseFile.Create(Agent2, Organisation, Content(notes: "Mes notes"), Now);
        mine.Overwrite(Content(notes: "Notes du collègue"), Guid.NewGuid(), Agent1, Now);
        var point = Assert.Single(mine.RestorePoints);

        var restored = mine.Restore(point.Id, Now.AddDays(29));

        Assert.True(restored.IsSuccess);
        Assert.Equal("Mes notes", mine.Content.Notes);
        Assert.Equal("Notes du collègue", Assert.Single(mine.RestorePoints).Content.Notes);
        Assert.Equal(HistoryKind.Restored, mine.History[^1].Kind);
    }

    [Fact]
    public void A_restore_point_older_than_30_days_cannot_be_restored()
    {
        var mine = CaseFile.Create(Agent2, Organisation, Content(notes: "Mes notes"), Now);
        mine.Overwrite(Content(notes: "Notes du collègue"), Guid.NewGuid(), Agent1, Now);

        var restored = mine.Restore(mine.RestorePoints[0].Id, Now.AddDays(30));

        Assert.Equal("restore-point-not-found", restored.Error?.Code);
        Assert.Equal("Notes du collègue", mine.Content.Notes);
    }

    [Fact]
    public void Search_finds_names_whatever_their_accents_and_case()
    {
        var caseFile = CaseFile.Create(Agent1, Organisation, Content(lastName: "Lefèvre-Éluard"), Now);

        Assert.Contains(SearchText.Fold("EVRE-elu"), caseFile.SearchName, StringComparison.Ordinal);
    }

    [Fact]
    public void The_mandatary_a_history_line_was_written_by_is_set_once()
    {
        var caseFile = CaseFile.Create(Agent1, Organisation, Content(), Now);
        var mandatary = Guid.NewGuid();
        var entry = caseFile.History[0];

        entry.WrittenBy(null);
        Assert.Null(entry.ActingUserId);
        entry.WrittenBy(mandatary);
        entry.WrittenBy(Agent2);

        Assert.Equal(mandatary, entry.ActingUserId);
    }
}
