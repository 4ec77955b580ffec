using System.Security.Cryptography;
using System.Text;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Collections;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.Links;
using Modular.Vault.Domain.People;
using static Modular.UnitTests.Fakes.InMemoryQueries;

namespace Modular.UnitTests.Vault;

/// <summary>
/// Which folders, documents, grants, people, invitations, requests and links the vault's queries
/// select, and in what order, run over lists in memory (the integration tests run them on the databases).
/// </summary>
public sealed class VaultQueriesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly Guid Organisation = Guid.NewGuid();
    private static readonly Guid OtherOrganisation = Guid.NewGuid();

    private static Folder Folder(string name = "Contrats", Guid? organisation = null, bool isPublic = false, DateTimeOffset? at = null) =>
        Modular.Vault.Domain.Folders.Folder.Create(organisation ?? Organisation, name, isPublic, Guid.NewGuid(), at ?? Now).Value;

    private static Folder HomePage(Guid person, string name = "DUPONT Alain", Guid? organisation = null) =>
        Modular.Vault.Domain.Folders.Folder.CreateHomePage(organisation ?? Organisation, person, name, Guid.NewGuid(), Now);

    private static Folder Deleted(Folder folder, DateTimeOffset at)
    {
        Assert.True(folder.Delete(Guid.NewGuid(), at).IsSuccess);
        return folder;
    }

    private static Person Person(string lastName = "Dupont", string? firstName = "Alain", Guid? organisation = null, string? company = null, string? email = "alain@example.fr") =>
        Modular.Vault.Domain.People.Person.Create(organisation ?? Organisation, "Cabinet Démo",
            new PersonDetails(lastName, firstName, company, email, null, null, null, null, null, null), Guid.NewGuid(), Now).Value;

    private static Document Document(Guid folder, string name = "scan.pdf", Guid? organisation = null, string sha256 = "aa", DateTimeOffset? at = null) =>
        Modular.Vault.Domain.Documents.Document.Create(folder, organisation ?? Organisation, DocumentFileName.Parse(name).Value, "application/pdf", 10, sha256, Guid.NewGuid(), at ?? Now);

    private static AccessGrant PersonGrant(Guid folder, Guid person, Guid? organisation = null, DateTimeOffset? at = null) =>
        AccessGrant.ForPerson(organisation ?? Organisation, folder, person, AccessLevel.Read, Guid.NewGuid(), at ?? Now);

    private static AccessGrant ClientGrant(Guid folder, string client, Guid? organisation = null, DateTimeOffset? at = null) =>
        AccessGrant.ForClient(organisation ?? Organisation, folder, client, AccessLevel.Read, Guid.NewGuid(), at ?? Now);

    private static CollectionRequest Request(Person? person = null, Guid? folder = null, DateOnly? deadline = null, DateTimeOffset? at = null, byte[]? tokenHash = null, Guid? organisation = null) =>
        CollectionRequest.Create(organisation ?? Organisation, "Cabinet Démo", folder ?? Guid.NewGuid(), person ?? Person(), ["Carte d'identité"], deadline ?? Today.AddDays(10), null,
            Guid.NewGuid(), null, tokenHash ?? SHA256.HashData(Encoding.ASCII.GetBytes("token")), at ?? Now).Value;

    private static Invitation Invitation(Person person, DateTimeOffset? at = null, byte[]? tokenHash = null)
    {
        var invitation = Modular.Vault.Domain.Invitations.Invitation.Create(person, null, Guid.NewGuid(), null, at ?? Now).Value;
        invitation.Issue(tokenHash ?? SHA256.HashData(Encoding.ASCII.GetBytes("token")), [1], null, at ?? Now, isReminder: false);
        return invitation;
    }

    private static DownloadLink Link(Guid folder, Guid? organisation = null, DateTimeOffset? at = null, byte[]? tokenHash = null) =>
        DownloadLink.Create(organisation ?? Organisation, folder, Guid.NewGuid(), [Guid.NewGuid()], null, "Cabinet Démo", null,
            tokenHash ?? SHA256.HashData(Encoding.ASCII.GetBytes("token")), id => id.ToByteArray(), at ?? Now).Value;

    // ---- Folders ----

    [Fact]
    public void A_folder_is_found_only_within_its_organisation()
    {
        var (folder, sameVault, otherVault) = (Folder(), Folder("Factures"), Folder(organisation: OtherOrganisation));
        Folder[] all = [sameVault, folder, otherVault];

        Assert.Equal([folder], Select(all, new FolderOfOrganisationSpec(folder.Id, Organisation)));
        Assert.Empty(Select(all, new FolderOfOrganisationSpec(folder.Id, OtherOrganisation)));
        Assert.Equal([otherVault], Select(all, new FolderByIdSpec(otherVault.Id)));
    }

    [Fact]
    public void The_vaults_folders_are_listed_by_name_without_home_pages_nor_other_vaults_folders()
    {
        var (zeta, alpha) = (Folder("Zeta"), Folder("Alpha"));
        Folder[] all = [zeta, HomePage(Guid.NewGuid()), Folder("Beta", OtherOrganisation), alpha];

        Assert.Equal([alpha, zeta], Select(all, new FoldersOfOrganisationSpec(Organisation)));
        Assert.True(new FoldersOfOrganisationSpec(Organisation).AsNoTracking);
    }

    [Fact]
    public void A_folder_is_found_by_its_name_whatever_the_case_and_accents_in_its_vault_only()
    {
        var contrats = Folder("Contrats");
        Folder[] all = [Folder("Factures"), Folder("Contrats", OtherOrganisation), contrats];

        Assert.Equal([contrats], Select(all, new FolderNamedSpec(Organisation, " CONTRÂTS ")));
        Assert.Empty(Select(all, new FolderNamedSpec(Organisation, "Contrat")));
        Assert.True(new FolderNamedSpec(Organisation, "Contrats").AsNoTracking);
    }

    [Fact]
    public void A_home_page_is_not_found_by_its_name()
    {
        var home = HomePage(Guid.NewGuid(), "DUPONT Alain");

        Assert.Empty(Select([home], new FolderNamedSpec(Organisation, home.Name)));
    }

    [Fact]
    public void A_folders_journal_is_read_the_latest_first_the_last_written_first_at_the_same_time_up_to_a_count()
    {
        var folder = Guid.NewGuid();
        var first = Line(folder, Now, 1);
        var second = Line(folder, Now.AddMinutes(1), 2);
        var third = Line(folder, Now.AddMinutes(1), 3);
        JournalEntry[] all = [first, third, Line(Guid.NewGuid(), Now.AddMinutes(2), 4), second];

        Assert.Equal([third, second, first], Select(all, new FolderJournalSpec(folder, 10)));
        Assert.Equal([third, second], Select(all, new FolderJournalSpec(folder, 2)));
        Assert.True(new FolderJournalSpec(folder, 1).AsNoTracking);
    }

    [Fact]
    public void Folders_are_found_by_their_ids()
    {
        var (one, two, three) = (Folder("Un"), Folder("Deux"), Folder("Trois"));

        Assert.Equal([one, three], Select([one, two, three], new FoldersByIdsSpec([three.Id, one.Id])));
        Assert.True(new FoldersByIdsSpec([]).AsNoTracking);
    }

    [Fact]
    public void The_public_folders_are_those_of_the_vaults_asked_for_that_are_public()
    {
        var mine = Folder("Publications", isPublic: true);
        var another = Folder("Tarifs", OtherOrganisation, isPublic: true);
        Folder[] all = [Folder("Privé"), mine, Folder("Ailleurs", Guid.NewGuid(), isPublic: true), another];

        Assert.Equal([mine, another], Select(all, new PublicFoldersSpec([Organisation, OtherOrganisation])));
        Assert.True(new PublicFoldersSpec([]).AsNoTracking);
    }

    [Fact]
    public void The_home_pages_are_those_of_the_people_asked_for()
    {
        var (dupont, martin) = (Guid.NewGuid(), Guid.NewGuid());
        var home = HomePage(dupont);
        Folder[] all = [Folder(), home, HomePage(martin, "MARTIN Sophie")];

        Assert.Equal([home], Select(all, new HomePagesSpec([dupont])));
        Assert.True(new HomePagesSpec([]).AsNoTracking);
    }

    [Fact]
    public void The_deleted_folders_of_a_vault_are_listed_the_latest_deleted_first_then_by_name_up_to_a_count()
    {
        var early = Deleted(Folder("Zeta"), Now);
        var lateB = Deleted(Folder("Beta"), Now.AddDays(1));
        var lateA = Deleted(Folder("Alpha"), Now.AddDays(1));
        Folder[] all = [early, Folder("Vivant"), lateB, Deleted(Folder("Ailleurs", OtherOrganisation), Now.AddDays(2)), lateA];

        Assert.Equal([lateA, lateB, early], Select(all, new DeletedFoldersOfOrganisationSpec(Organisation, 10)));
        Assert.Equal([lateA], Select(all, new DeletedFoldersOfOrganisationSpec(Organisation, 1)));
        var spec = new DeletedFoldersOfOrganisationSpec(Organisation, 1);
        Assert.True(spec.AsNoTracking && spec.IgnoreQueryFilters);
    }

    [Fact]
    public void A_deleted_folder_is_found_by_its_id_within_its_organisation_and_only_once_deleted()
    {
        var deleted = Deleted(Folder("Sinistre"), Now);
        var alive = Folder("Vivant");
        Folder[] all = [Deleted(Folder("Autre"), Now), alive, deleted, Deleted(Folder("Ailleurs", OtherOrganisation), Now)];

        Assert.Equal([deleted], Select(all, new DeletedFolderOfOrganisationSpec(deleted.Id, Organisation)));
        Assert.Empty(Select(all, new DeletedFolderOfOrganisationSpec(deleted.Id, OtherOrganisation)));
        Assert.Empty(Select(all, new DeletedFolderOfOrganisationSpec(alive.Id, Organisation)));
        var spec = new DeletedFolderOfOrganisationSpec(deleted.Id, Organisation);
        Assert.True(spec.AsNoTracking && spec.IgnoreQueryFilters);
    }

    [Fact]
    public void The_line_telling_a_folders_deletion_is_found_among_its_journal()
    {
        var (folder, other) = (Guid.NewGuid(), Guid.NewGuid());
        var deletion = new JournalEntry(folder, Now, JournalKind.FolderDeleted, Guid.NewGuid());
        JournalEntry[] all = [new(folder, Now, JournalKind.FolderCreated, null), deletion, new(other, Now, JournalKind.FolderDeleted, null)];

        Assert.Equal([deletion], Select(all, new FolderDeletionLinesSpec([folder])));
        Assert.True(new FolderDeletionLinesSpec([]).AsNoTracking);
    }

    // ---- Documents ----

    [Fact]
    public void A_document_is_found_by_its_id_within_its_organisation()
    {
        var folder = Guid.NewGuid();
        var (document, sameVault) = (Document(folder), Document(folder, "autre.pdf"));
        Document[] all = [sameVault, document, Document(Guid.NewGuid(), organisation: OtherOrganisation)];

        Assert.Equal([document], Select(all, new DocumentOfOrganisationSpec(document.Id, Organisation)));
        Assert.Empty(Select(all, new DocumentOfOrganisationSpec(document.Id, OtherOrganisation)));
        Assert.Equal([sameVault], Select(all, new DocumentByIdSpec(sameVault.Id)));
    }

    [Fact]
    public void A_folders_documents_are_listed_the_latest_uploaded_first_then_by_name()
    {
        var folder = Guid.NewGuid();
        var early = Document(folder, "a.pdf", at: Now);
        var lateB = Document(folder, "b.pdf", at: Now.AddHours(1));
        var lateA = Document(folder, "a.pdf", at: Now.AddHours(1));

        Assert.Equal([lateA, lateB, early], Select([early, lateB, Document(Guid.NewGuid(), at: Now.AddHours(2)), lateA], new DocumentsInFolderSpec(folder)));
        Assert.True(new DocumentsInFolderSpec(folder).AsNoTracking);
    }

    [Fact]
    public void The_documents_of_an_organisation_and_those_sharing_a_blob_are_found()
    {
        var (mine, same, theirs) = (Document(Guid.NewGuid(), sha256: "aa"), Document(Guid.NewGuid(), sha256: "bb"), Document(Guid.NewGuid(), organisation: OtherOrganisation, sha256: "aa"));
        Document[] all = [mine, same, theirs];

        Assert.Equal([mine, same], Select(all, new DocumentsOfOrganisationSpec(Organisation)));
        Assert.Equal([mine, theirs], Select(all, new DocumentsWithBlobSpec("aa")));
        Assert.True(new DocumentsOfOrganisationSpec(Organisation).AsNoTracking && new DocumentsWithBlobSpec("aa").AsNoTracking);
    }

    [Fact]
    public void The_documents_of_a_link_are_found_by_their_ids_within_the_organisation_by_name()
    {
        var folder = Guid.NewGuid();
        var (b, a, left) = (Document(folder, "b.pdf"), Document(folder, "a.pdf"), Document(folder, "c.pdf"));
        var theirs = Document(Guid.NewGuid(), organisation: OtherOrganisation);

        Assert.Equal([a, b], Select([b, left, theirs, a], new DocumentsByIdsSpec([b.Id, a.Id, theirs.Id], Organisation)));
        Assert.True(new DocumentsByIdsSpec([], Organisation).AsNoTracking);
    }

    [Fact]
    public void Queued_purges_are_taken_oldest_first_all_or_only_the_blobs_asked_for()
    {
        var first = new BlobPurge("aa", Now).With(nameof(BlobPurge.Id), 1L);
        var second = new BlobPurge("bb", Now).With(nameof(BlobPurge.Id), 2L);
        var third = new BlobPurge("cc", Now).With(nameof(BlobPurge.Id), 3L);
        BlobPurge[] all = [third, first, second];

        Assert.Equal([first, second, third], Select(all, new QueuedBlobPurgesSpec(null, 10)));
        Assert.Equal([first, second], Select(all, new QueuedBlobPurgesSpec(null, 2)));
        Assert.Equal([first, third], Select(all, new QueuedBlobPurgesSpec(["cc", "aa"], 10)));
    }

    // ---- Access ----

    [Fact]
    public void The_grants_on_a_folder_are_listed_oldest_first()
    {
        var folder = Guid.NewGuid();
        var late = PersonGrant(folder, Guid.NewGuid(), at: Now.AddDays(1));
        var early = ClientGrant(folder, "app-1", at: Now);

        Assert.Equal([early, late], Select([late, PersonGrant(Guid.NewGuid(), Guid.NewGuid()), early], new GrantsOnFolderSpec(folder)));
        Assert.True(new GrantsOnFolderSpec(folder).AsNoTracking);
    }

    [Fact]
    public void The_grants_of_a_person_or_of_people_leave_out_the_clients_and_the_others()
    {
        var (dupont, martin) = (Guid.NewGuid(), Guid.NewGuid());
        var (ofDupont, ofMartin) = (PersonGrant(Guid.NewGuid(), dupont), PersonGrant(Guid.NewGuid(), martin));
        AccessGrant[] all = [ClientGrant(Guid.NewGuid(), "app-1"), ofDupont, PersonGrant(Guid.NewGuid(), Guid.NewGuid()), ofMartin];

        Assert.Equal([ofDupont], Select(all, new GrantsOfPersonSpec(dupont)));
        Assert.Equal([ofDupont, ofMartin], Select(all, new GrantsOfPeopleSpec([martin, dupont])));
        Assert.True(new GrantsOfPersonSpec(dupont).AsNoTracking && new GrantsOfPeopleSpec([]).AsNoTracking);
    }

    [Fact]
    public void The_grants_of_an_api_client_are_those_within_the_organisation_it_works_for()
    {
        var grant = ClientGrant(Guid.NewGuid(), "app-1");
        AccessGrant[] all = [ClientGrant(Guid.NewGuid(), "app-2"), grant, ClientGrant(Guid.NewGuid(), "app-1", OtherOrganisation)];

        Assert.Equal([grant], Select(all, new GrantsOfClientSpec("app-1", Organisation)));
        Assert.True(new GrantsOfClientSpec("app-1", Organisation).AsNoTracking);
    }

    [Fact]
    public void The_grant_of_a_person_or_a_client_on_a_folder_is_that_one_only()
    {
        var (folder, person) = (Guid.NewGuid(), Guid.NewGuid());
        var (ofPerson, ofClient) = (PersonGrant(folder, person), ClientGrant(folder, "app-1"));
        AccessGrant[] all = [PersonGrant(Guid.NewGuid(), person), PersonGrant(folder, Guid.NewGuid()), ofPerson, ClientGrant(Guid.NewGuid(), "app-1"), ClientGrant(folder, "app-2"), ofClient];

        Assert.Equal([ofPerson], Select(all, new GrantOfPersonOnFolderSpec(folder, person)));
        Assert.Equal([ofClient], Select(all, new GrantOfClientOnFolderSpec(folder, "app-1")));
    }

    [Fact]
    public void The_grants_still_naming_a_typed_client_id_are_listed_oldest_first()
    {
        var late = ClientGrant(Guid.NewGuid(), "app-1", at: Now.AddDays(1)).With(nameof(AccessGrant.LegacyClientId), "typed-late");
        var early = ClientGrant(Guid.NewGuid(), "app-1", at: Now).With(nameof(AccessGrant.LegacyClientId), "typed-early");

        Assert.Equal([early, late], Select([late, ClientGrant(Guid.NewGuid(), "app-1"), early], new LegacyClientGrantsSpec()));
    }

    [Fact]
    public void A_grant_is_found_by_its_id_within_its_organisation()
    {
        var grant = PersonGrant(Guid.NewGuid(), Guid.NewGuid());
        AccessGrant[] all = [PersonGrant(Guid.NewGuid(), Guid.NewGuid()), grant];

        Assert.Equal([grant], Select(all, new GrantOfOrganisationSpec(grant.Id, Organisation)));
        Assert.Empty(Select(all, new GrantOfOrganisationSpec(grant.Id, OtherOrganisation)));
    }

    // ---- People ----

    [Fact]
    public void A_person_is_found_only_within_their_organisation()
    {
        var (person, sameVault) = (Person(), Person("Martin"));
        Person[] all = [sameVault, person];

        Assert.Equal([person], Select(all, new PersonOfOrganisationSpec(person.Id, Organisation)));
        Assert.Empty(Select(all, new PersonOfOrganisationSpec(person.Id, OtherOrganisation)));
    }

    [Fact]
    public void The_directory_lists_the_organisations_people_by_last_then_first_name_up_to_a_count()
    {
        var (martin, dupontB, dupontA) = (Person("Martin", "Sophie"), Person("Dupont", "Bernard"), Person("Dupont", "Alain"));
        Person[] all = [martin, Person("Durand", organisation: OtherOrganisation), dupontB, dupontA];

        Assert.Equal([dupontA, dupontB, martin], Select(all, new PeopleOfOrganisationSpec(Organisation, null, 10)));
        Assert.Equal([dupontA, dupontB, martin], Select(all, new PeopleOfOrganisationSpec(Organisation, "  ", 10)));
        Assert.Equal([dupontA, dupontB], Select(all, new PeopleOfOrganisationSpec(Organisation, null, 2)));
        Assert.True(new PeopleOfOrganisationSpec(Organisation, null, 1).AsNoTracking);
    }

    [Theory]
    [InlineData("DUPONT")]
    [InlineData("hélène")]
    [InlineData("garage")]
    [InlineData("alain@")]
    public void The_directory_is_searched_by_name_company_or_email_without_case_or_accents(string search)
    {
        var found = Person("Dupont", "Helene", company: "Garage Auto", email: "alain@example.fr");
        Person[] all = [Person("Martin", "Sophie", email: "sophie@example.fr"), found, Person("Dupont", "Helene", OtherOrganisation, "Garage Auto")];

        Assert.Equal([found], Select(all, new PeopleOfOrganisationSpec(Organisation, search, 10)));
    }

    [Fact]
    public void The_people_linked_to_an_account_are_found_in_every_vault_or_in_one()
    {
        var user = Guid.NewGuid();
        var here = Person();
        var there = Person(organisation: OtherOrganisation);
        Assert.True(here.LinkAccount(user).IsSuccess && there.LinkAccount(user).IsSuccess);
        Person[] all = [Person("Martin"), here, there];

        Assert.Equal([here, there], Select(all, new PeopleLinkedToSpec(user)));
        Assert.Equal([there], Select(all, new PersonLinkedToSpec(OtherOrganisation, user)));
        Assert.True(new PeopleLinkedToSpec(user).AsNoTracking && new PersonLinkedToSpec(Organisation, user).AsNoTracking);
    }

    [Fact]
    public void People_are_found_by_their_ids()
    {
        var (one, two) = (Person(), Person("Martin"));

        Assert.Equal([two], Select([one, two], new PeopleByIdsSpec([two.Id])));
        Assert.True(new PeopleByIdsSpec([]).AsNoTracking);
    }

    // ---- Invitations ----

    [Fact]
    public void An_invitation_is_found_by_its_links_hash()
    {
        var hash = SHA256.HashData("mine"u8);
        var invitation = Invitation(Person(), tokenHash: hash);

        Assert.Equal([invitation], Select([Invitation(Person(), tokenHash: SHA256.HashData("other"u8)), invitation], new InvitationByTokenHashSpec(hash)));
    }

    [Fact]
    public void A_persons_invitations_are_listed_newest_first()
    {
        var person = Person();
        var (early, late) = (Invitation(person, Now), Invitation(person, Now.AddDays(1)));

        Assert.Equal([late, early], Select([early, Invitation(Person()), late], new InvitationsOfPersonSpec(person.Id)));
    }

    [Fact]
    public void An_invitation_is_found_by_its_id_within_its_organisation()
    {
        var invitation = Invitation(Person());
        Invitation[] all = [Invitation(Person()), invitation];

        Assert.Equal([invitation], Select(all, new InvitationOfOrganisationSpec(invitation.Id, Organisation)));
        Assert.Empty(Select(all, new InvitationOfOrganisationSpec(invitation.Id, OtherOrganisation)));
    }

    [Fact]
    public void The_invitations_of_several_people_are_found_together()
    {
        var (dupont, martin) = (Person(), Person("Martin"));
        var (ofDupont, ofMartin) = (Invitation(dupont), Invitation(martin));

        Assert.Equal([ofDupont, ofMartin], Select([ofDupont, Invitation(Person("Durand")), ofMartin], new InvitationsOfPeopleSpec([martin.Id, dupont.Id])));
        Assert.True(new InvitationsOfPeopleSpec([]).AsNoTracking);
    }

    // ---- Collecting documents ----

    [Fact]
    public void A_request_is_found_by_its_links_hash_or_by_its_id_within_its_organisation()
    {
        var hash = SHA256.HashData("mine"u8);
        var request = Request(tokenHash: hash);
        CollectionRequest[] all = [Request(), request];

        Assert.Equal([request], Select(all, new CollectionRequestByTokenHashSpec(hash)));
        Assert.Equal([request], Select(all, new CollectionRequestOfOrganisationSpec(request.Id, Organisation)));
        Assert.Empty(Select(all, new CollectionRequestOfOrganisationSpec(request.Id, OtherOrganisation)));
        Assert.True(new CollectionRequestByTokenHashSpec(hash).AsNoTracking);
    }

    [Fact]
    public void The_requests_of_an_organisation_are_listed_newest_first_for_a_person_a_folder_or_both()
    {
        var (dupont, folder) = (Person(), Guid.NewGuid());
        var toDupontHere = Request(dupont, folder, at: Now);
        var toDupontElsewhere = Request(dupont, at: Now.AddHours(1));
        var toMartinHere = Request(Person("Martin"), folder, at: Now.AddHours(2));
        CollectionRequest[] all = [toDupontHere, Request(dupont, folder, at: Now.AddHours(3), organisation: OtherOrganisation), toDupontElsewhere, toMartinHere];

        Assert.Equal([toMartinHere, toDupontElsewhere, toDupontHere], Select(all, new CollectionRequestsSpec(Organisation, null, null)));
        Assert.Equal([toDupontElsewhere, toDupontHere], Select(all, new CollectionRequestsSpec(Organisation, dupont.Id, null)));
        Assert.Equal([toMartinHere, toDupontHere], Select(all, new CollectionRequestsSpec(Organisation, null, folder)));
        Assert.Equal([toDupontHere], Select(all, new CollectionRequestsSpec(Organisation, dupont.Id, folder)));
        Assert.True(new CollectionRequestsSpec(Organisation, null, null).AsNoTracking);
    }

    [Fact]
    public void The_requests_to_remind_close_within_two_days_but_not_yet_soonest_first_and_were_neither_cancelled_nor_reminded()
    {
        // Deadlines close at midnight UTC after the day: Today + 1 closes on the 28th, Today + 5 on December 2nd.
        var at = new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero);
        var closedBefore = Request(deadline: Today.AddDays(1));
        var closesNow = Request(deadline: Today.AddDays(2));
        var closesSoon = Request(deadline: Today.AddDays(3));
        var closesAtTheLead = Request(deadline: Today.AddDays(4));
        var closesAfterTheLead = Request(deadline: Today.AddDays(5));
        var cancelled = Request(deadline: Today.AddDays(3));
        Assert.True(cancelled.Cancel(Now).IsSuccess);
        var reminded = Request(deadline: Today.AddDays(3)).With(nameof(CollectionRequest.AutomaticReminderAt), Now);
        CollectionRequest[] all = [closesAtTheLead, closedBefore, cancelled, closesNow, reminded, closesAfterTheLead, closesSoon];

        Assert.Equal(at + CollectionRequest.AutomaticReminderLead, closesAtTheLead.ClosesAt);
        Assert.Equal([closesSoon, closesAtTheLead], Select(all, new CollectionRequestsToRemindSpec(at, 10)));
        Assert.Equal([closesSoon], Select(all, new CollectionRequestsToRemindSpec(at, 1)));
        Assert.True(new CollectionRequestsToRemindSpec(at, 1).AsNoTracking);
    }

    [Fact]
    public void The_requests_of_a_folder_left_to_cancel_with_it_are_those_not_cancelled_yet()
    {
        var folder = Guid.NewGuid();
        var open = Request(folder: folder);
        var cancelled = Request(folder: folder);
        Assert.True(cancelled.Cancel(Now).IsSuccess);

        Assert.Equal([open], Select([cancelled, Request(), open], new UncancelledCollectionRequestsOfFolderSpec(folder)));
        Assert.False(new UncancelledCollectionRequestsOfFolderSpec(folder).AsNoTracking);
    }

    // ---- Links ----

    [Fact]
    public void A_link_is_found_by_its_hash_or_by_its_id_within_its_organisation()
    {
        var hash = SHA256.HashData("mine"u8);
        var link = Link(Guid.NewGuid(), tokenHash: hash);
        DownloadLink[] all = [Link(Guid.NewGuid()), link];

        Assert.Equal([link], Select(all, new DownloadLinkByTokenHashSpec(hash)));
        Assert.Equal([link], Select(all, new DownloadLinkOfOrganisationSpec(link.Id, Organisation)));
        Assert.Empty(Select(all, new DownloadLinkOfOrganisationSpec(link.Id, OtherOrganisation)));
        Assert.True(new DownloadLinkByTokenHashSpec(hash).AsNoTracking && new DownloadLinkOfOrganisationSpec(link.Id, Organisation).AsNoTracking);
    }

    [Fact]
    public void The_links_of_a_folder_are_listed_newest_first_up_to_a_count()
    {
        var folder = Guid.NewGuid();
        var (early, late) = (Link(folder, at: Now), Link(folder, at: Now.AddHours(1)));
        DownloadLink[] all = [early, Link(Guid.NewGuid(), at: Now.AddHours(2)), late, Link(folder, OtherOrganisation, Now.AddHours(3))];

        Assert.Equal([late, early], Select(all, new DownloadLinksOfFolderSpec(folder, Organisation, 10)));
        Assert.Equal([late], Select(all, new DownloadLinksOfFolderSpec(folder, Organisation, 1)));
        Assert.True(new DownloadLinksOfFolderSpec(folder, Organisation, 1).AsNoTracking);
    }

    [Fact]
    public void The_links_of_a_folder_to_revoke_are_those_that_can_still_open()
    {
        var folder = Guid.NewGuid();
        var open = Link(folder);
        var expired = Link(folder, at: Now.AddDays(-15));

        Assert.Equal([open], Select([expired, Link(Guid.NewGuid()), open], new RevocableLinksOfFolderSpec(folder, Now)));
        Assert.True(new RevocableLinksOfFolderSpec(folder, Now).AsNoTracking);
    }

    private static JournalEntry Line(Guid folder, DateTimeOffset at, long id) =>
        new JournalEntry(folder, at, JournalKind.DocumentUploaded, Guid.NewGuid(), ("name", $"doc-{id}.pdf")).With(nameof(JournalEntry.Id), id);
}
