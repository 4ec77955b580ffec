using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.Sharing.Application.CaseFiles;
using Modular.Sharing.Application.CaseFiles.CreateCaseFile;
using Modular.Sharing.Application.CaseFiles.DeleteCaseFile;
using Modular.Sharing.Application.CaseFiles.GetCaseFile;
using Modular.Sharing.Application.CaseFiles.ListMyCaseFiles;
using Modular.Sharing.Application.CaseFiles.RestoreCaseFile;
using Modular.Sharing.Application.CaseFiles.UpdateCaseFile;
using Modular.Sharing.Contracts;
using Modular.Sharing.Domain;
using Modular.Sharing.Domain.CaseFiles;
using Modular.UnitTests.Fakes;

namespace Modular.UnitTests.Sharing.Application;

/// <summary>« Mes dossiers »: each use case over the module's store, the owner's own files only.</summary>
public sealed class CaseFileUseCaseTests : SharingUseCaseTests
{
    private readonly Caller _agent1 = new(Agent1, Organisation);

    [Fact]
    public async Task Creating_stores_the_trimmed_content_for_its_owner_and_organisation()
    {
        var dto = CaseFileContentValidatorTests.Content(client: new ClientIdentityDto("  Dupont ", " ", null, " marie@example.fr ", null, "  "));

        var created = await new CreateCaseFileCommandHandler(Store, _agent1, Clock).Handle(new CreateCaseFileCommand(dto), Ct);

        var stored = Assert.Single(Store.CaseFiles);
        Assert.Equal(stored.Id, created.Value);
        Assert.Equal((Agent1, Organisation, 1, Now), (stored.OwnerId, stored.OrganisationId, stored.Revision, stored.CreatedAt));
        Assert.Equal(new ClientIdentity("Dupont", null, null, "marie@example.fr", null, null), stored.Content.Client);
        Assert.Equal(1, Store.Saves);
    }

    [Fact]
    public async Task Creating_without_an_organisation_is_refused_and_keeps_nothing()
    {
        var created = await new CreateCaseFileCommandHandler(Store, new Caller(Agent1, null), Clock).Handle(new CreateCaseFileCommand(CaseFileContentValidatorTests.Content()), Ct);

        Assert.Same(SharingErrors.NoOrganisation, created.Error);
        Assert.Empty(Store.CaseFiles);
        Assert.Equal(0, Store.Saves);
    }

    [Fact]
    public async Task A_refused_save_is_said_and_nothing_is_kept()
    {
        Store.RefuseNextSave = SharingErrors.CaseModified(null);

        var created = await new CreateCaseFileCommandHandler(Store, _agent1, Clock).Handle(new CreateCaseFileCommand(CaseFileContentValidatorTests.Content()), Ct);

        Assert.Equal("case-modified", created.Error!.Code);
        Assert.Empty(Store.CaseFiles);
    }

    [Fact]
    public async Task Editing_saves_a_new_revision_of_ones_own_file_only()
    {
        var mine = StoredCaseFile(Agent1);
        var theirs = StoredCaseFile(Agent2);
        var handler = new UpdateCaseFileCommandHandler(Store, _agent1, Clock);
        Clock.Now = Now.AddHours(1);

        var edited = await handler.Handle(new UpdateCaseFileCommand(mine.Id, 1, CaseFileContentValidatorTests.Content(notes: "Rappeler en janvier")), Ct);
        var other = await handler.Handle(new UpdateCaseFileCommand(theirs.Id, 1, CaseFileContentValidatorTests.Content()), Ct);

        Assert.Equal(2, edited.Value);
        Assert.Equal(("Rappeler en janvier", Now.AddHours(1)), (mine.Content.Notes, mine.UpdatedAt));
        Assert.Same(SharingErrors.CaseNotFound, other.Error);
        Assert.Equal(1, theirs.Revision);
        Assert.Equal(1, Store.Saves);
    }

    [Fact]
    public async Task Editing_an_older_revision_says_the_current_one_and_saves_nothing()
    {
        var mine = StoredCaseFile(Agent1);

        var edited = await new UpdateCaseFileCommandHandler(Store, _agent1, Clock).Handle(new UpdateCaseFileCommand(mine.Id, 0, CaseFileContentValidatorTests.Content()), Ct);

        Assert.Equal("case-modified", edited.Error!.Code);
        Assert.Equal(1, edited.Error.Extensions["currentRevision"]);
        Assert.Equal(0, Store.Saves);
    }

    [Fact]
    public async Task An_edit_whose_save_is_refused_returns_that_refusal()
    {
        var mine = StoredCaseFile(Agent1);
        Store.RefuseNextSave = SharingErrors.CaseModified(null);

        var edited = await new UpdateCaseFileCommandHandler(Store, _agent1, Clock).Handle(new UpdateCaseFileCommand(mine.Id, 1, CaseFileContentValidatorTests.Content()), Ct);

        Assert.Equal("case-modified", edited.Error!.Code);
    }

    [Fact]
    public async Task Deleting_removes_ones_own_file_only()
    {
        var mine = StoredCaseFile(Agent1);
        var theirs = StoredCaseFile(Agent2);
        var handler = new DeleteCaseFileCommandHandler(Store, _agent1);

        var other = await handler.Handle(new DeleteCaseFileCommand(theirs.Id), Ct);
        var deleted = await handler.Handle(new DeleteCaseFileCommand(mine.Id), Ct);

        Assert.Same(SharingErrors.CaseNotFound, other.Error);
        Assert.True(deleted.IsSuccess);
        Assert.Equal([theirs], Store.CaseFiles);
    }

    [Fact]
    public async Task Restoring_brings_back_an_overwritten_version_while_it_is_kept()
    {
        var mine = StoredCaseFile(Agent1);
        mine.Overwrite(CaseFileTests.Content("Durand"), Guid.NewGuid(), Agent2, Now.AddMinutes(1));
        var point = Assert.Single(mine.RestorePoints);
        var handler = new RestoreCaseFileCommandHandler(Store, _agent1, Clock);

        var unknown = await handler.Handle(new RestoreCaseFileCommand(mine.Id, Guid.NewGuid()), Ct);
        var restored = await handler.Handle(new RestoreCaseFileCommand(mine.Id, point.Id), Ct);

        Assert.Same(SharingErrors.RestorePointNotFound, unknown.Error);
        Assert.Equal(3, restored.Value);
        Assert.Equal("Dupont", mine.Content.Client.LastName);
        Assert.Equal(1, Store.Saves);
    }

    [Fact]
    public async Task Restoring_anothers_file_or_after_a_refused_save_says_so()
    {
        var theirs = StoredCaseFile(Agent2);
        var mine = StoredCaseFile(Agent1);
        mine.Overwrite(CaseFileTests.Content("Durand"), Guid.NewGuid(), Agent2, Now);
        var handler = new RestoreCaseFileCommandHandler(Store, _agent1, Clock);
        Store.RefuseNextSave = SharingErrors.CaseModified(null);

        Assert.Same(SharingErrors.CaseNotFound, (await handler.Handle(new RestoreCaseFileCommand(theirs.Id, Guid.NewGuid()), Ct)).Error);
        Assert.Equal("case-modified", (await handler.Handle(new RestoreCaseFileCommand(mine.Id, mine.RestorePoints[0].Id), Ct)).Error!.Code);
    }

    [Fact]
    public async Task A_case_file_is_shown_with_its_history_naming_each_author_and_mandatary()
    {
        var mine = StoredCaseFile(Agent1);
        var mandatary = Guid.NewGuid();
        mine.RecordShared(Guid.NewGuid(), Agent1, Now.AddMinutes(1));
        mine.History[1].WrittenBy(mandatary);
        var identity = new OtherModules().Answer<GetMemberNamesQuery, Result<IReadOnlyDictionary<Guid, string>>>(
            _ => new Dictionary<Guid, string> { [Agent1] = "Jean Dupont", [mandatary] = "Claire Martin" });

        var shown = await new GetCaseFileQueryHandler(Store, _agent1, identity, Clock).Handle(new GetCaseFileQuery(mine.Id), Ct);

        Assert.Equal(
            [(CaseFileHistoryKind.Shared, "Jean Dupont", "Claire Martin"), (CaseFileHistoryKind.Created, "Jean Dupont", null)],
            shown.Value.History.Select(h => (h.Kind, h.ActorName, h.ActingName)));
        var asked = Assert.IsType<GetMemberNamesQuery>(Assert.Single(identity.Sent));
        Assert.Equal(new[] { Agent1, mandatary }.Order(), asked.UserIds.Order());
    }

    [Fact]
    public async Task A_case_file_is_still_shown_when_the_names_cannot_be_read()
    {
        var mine = StoredCaseFile(Agent1);
        var identity = new OtherModules().Answer<GetMemberNamesQuery, Result<IReadOnlyDictionary<Guid, string>>>(_ => Error.Forbidden("no", "non"));

        var shown = await new GetCaseFileQueryHandler(Store, _agent1, identity, Clock).Handle(new GetCaseFileQuery(mine.Id), Ct);

        var line = Assert.Single(shown.Value.History);
        Assert.Equal((Agent1, (string?)null), (line.ActorId, line.ActorName));
    }

    [Fact]
    public async Task Anothers_case_file_is_not_found()
    {
        var theirs = StoredCaseFile(Agent2);

        var shown = await new GetCaseFileQueryHandler(Store, _agent1, new OtherModules(), Clock).Handle(new GetCaseFileQuery(theirs.Id), Ct);

        Assert.Same(SharingErrors.CaseNotFound, shown.Error);
    }

    [Fact]
    public async Task The_list_holds_ones_own_files_newest_first_a_page_at_a_time()
    {
        var older = StoredCaseFile(Agent1, "Martin", Now);
        var newer = StoredCaseFile(Agent1, "Dupont", Now.AddHours(1));
        StoredCaseFile(Agent2, "Durand");
        var handler = new ListMyCaseFilesQueryHandler(Store, _agent1);

        var all = await handler.Handle(new ListMyCaseFilesQuery(null), Ct);
        var second = await handler.Handle(new ListMyCaseFilesQuery(null, 2, 1), Ct);
        var clamped = await handler.Handle(new ListMyCaseFilesQuery("mart", 0, 1000), Ct);

        Assert.Equal([newer.Id, older.Id], all.Value.Items.Select(c => c.Id));
        Assert.Equal((1, 20, 2), (all.Value.Page, all.Value.PageSize, all.Value.TotalCount));
        Assert.Equal([older.Id], second.Value.Items.Select(c => c.Id));
        Assert.Equal((2, 1, 2), (second.Value.Page, second.Value.PageSize, second.Value.TotalCount));
        Assert.Equal((1, 100, 1), (clamped.Value.Page, clamped.Value.PageSize, clamped.Value.TotalCount));
        Assert.Equal("Martin Marie", Assert.Single(clamped.Value.Items).ClientName);
    }

    [Fact]
    public void A_summary_says_the_client_policies_revision_and_whether_it_was_imported()
    {
        var made = CaseFile.Create(Agent1, Organisation, CaseFileTests.Content(policies: [new Policy("AXA", "A-1", "Auto", 1), new Policy("MAAF", "H-2", "Habitation", 2)]), Now);
        var imported = CaseFile.ImportCopy(made.LineageId, Guid.NewGuid(), Agent2, Organisation, made.Content, Agent1, Now);

        Assert.Equal(new CaseFileSummaryDto(made.Id, made.LineageId, "Dupont Marie", 2, 1, Now, false), made.ToSummary());
        Assert.True(imported.ToSummary().Imported);
    }

    [Fact]
    public void A_case_file_shows_its_history_newest_first_and_only_the_versions_still_kept()
    {
        var caseFile = CaseFile.Create(Agent1, Organisation, CaseFileTests.Content(), Now);
        caseFile.Overwrite(CaseFileTests.Content("Durand"), Guid.NewGuid(), Agent2, Now.AddDays(1));
        caseFile.Overwrite(CaseFileTests.Content("Martin"), Guid.NewGuid(), Agent2, Now.AddDays(2));

        var shown = caseFile.ToDto(Now.AddDays(31));

        Assert.Equal([CaseFileHistoryKind.Overwritten, CaseFileHistoryKind.Overwritten, CaseFileHistoryKind.Created], shown.History.Select(h => h.Kind));
        Assert.Equal([Now.AddDays(2), Now.AddDays(1), Now], shown.History.Select(h => h.At));
        var kept = Assert.Single(shown.RestorePoints);
        Assert.Equal((2, "Durand Marie", Now.AddDays(2), Now.AddDays(32)), (kept.Revision, kept.ClientName, kept.OverwrittenAt, kept.ExpiresAt));
        Assert.Equal(
            [Now.AddDays(2), Now.AddDays(1)],
            caseFile.ToDto(Now.AddDays(2)).RestorePoints.Select(p => p.OverwrittenAt));
        Assert.Equal(("Martin", 3, Now, Now.AddDays(2)), (shown.Content.Client.LastName, shown.Revision, shown.CreatedAt, shown.UpdatedAt));
    }

    [Fact]
    public void Lines_written_at_the_same_moment_keep_their_order_newest_first()
    {
        var caseFile = CaseFile.Create(Agent1, Organisation, CaseFileTests.Content(), Now);
        caseFile.RecordShared(Guid.NewGuid(), Agent1, Now);
        caseFile.RecordShareKeyRevoked(Guid.NewGuid(), Agent1, Now);
        var ids = 1L;
        foreach (var line in caseFile.History)
        {
            typeof(CaseFileHistoryEntry).GetProperty(nameof(CaseFileHistoryEntry.Id))!.SetValue(line, ids++);
        }

        Assert.Equal(
            [CaseFileHistoryKind.ShareKeyRevoked, CaseFileHistoryKind.Shared, CaseFileHistoryKind.Created],
            caseFile.ToDto(Now).History.Select(h => h.Kind));
    }

    [Fact]
    public void Content_goes_to_the_domain_trimmed_and_back_unchanged()
    {
        var dto = new CaseFileContentDto(
            new ClientIdentityDto(" Dupont ", " Marie ", new DateOnly(1980, 5, 4), " ", " +33612345678 ", null),
            [new PolicyDto(" AXA ", " HAB-001 ", " Habitation ", 420.50m)],
            "  ",
            [new SectionDto(" Sinistres ", null!), new SectionDto("Projets", " Achat ")]);

        var content = dto.ToDomain();

        Assert.Equal(new ClientIdentity("Dupont", "Marie", new DateOnly(1980, 5, 4), null, "+33612345678", null), content.Client);
        Assert.Equal([new Policy("AXA", "HAB-001", "Habitation", 420.50m)], content.Policies);
        Assert.Null(content.Notes);
        Assert.Equal([new Section("Sinistres", ""), new Section("Projets", "Achat")], content.Sections);

        var back = content.ToDto();
        Assert.Equal(new ClientIdentityDto("Dupont", "Marie", new DateOnly(1980, 5, 4), null, "+33612345678", null), back.Client);
        Assert.Equal([new PolicyDto("AXA", "HAB-001", "Habitation", 420.50m)], back.Policies);
        Assert.Equal([new SectionDto("Sinistres", ""), new SectionDto("Projets", "Achat")], back.Sections);
        Assert.Equal("Client fidèle", CaseFileTests.Content().ToDto().Notes);
        Assert.Throws<ArgumentNullException>(() => ((CaseFileContentDto)null!).ToDomain());

        var bare = (dto with { Policies = null!, Sections = null! }).ToDomain();
        Assert.Equal((0, 0), (bare.Policies.Count, bare.Sections.Count));
    }

    [Fact]
    public void Each_erased_field_is_named_for_programs_and_in_french_for_people()
    {
        Assert.Equal(
            [
                new ErasedFieldDto("lastName", null, "Nom du client"),
                new ErasedFieldDto("firstName", null, "Prénom du client"),
                new ErasedFieldDto("birthDate", null, "Date de naissance"),
                new ErasedFieldDto("email", null, "Courriel"),
                new ErasedFieldDto("phone", null, "Téléphone"),
                new ErasedFieldDto("address", null, "Adresse"),
                new ErasedFieldDto("policy", "HAB-001", "Contrat HAB-001"),
                new ErasedFieldDto("notes", null, "Notes"),
                new ErasedFieldDto("section", "Projets", "Section « Projets »"),
                new ErasedFieldDto("99", "x", "99"),
            ],
            new[]
            {
                new ErasedField(CaseFileField.LastName, null), new ErasedField(CaseFileField.FirstName, null), new ErasedField(CaseFileField.BirthDate, null),
                new ErasedField(CaseFileField.Email, null), new ErasedField(CaseFileField.Phone, null), new ErasedField(CaseFileField.Address, null),
                new ErasedField(CaseFileField.Policy, "HAB-001"), new ErasedField(CaseFileField.Notes, null), new ErasedField(CaseFileField.Section, "Projets"),
                new ErasedField((CaseFileField)99, "x"),
            }.Select(e => e.ToDto()));
    }
}
