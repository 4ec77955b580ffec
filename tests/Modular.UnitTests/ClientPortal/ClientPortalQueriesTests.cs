using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Documents;
using Modular.ClientPortal.Domain.Invitations;
using Modular.ClientPortal.Domain.Messages;
using Modular.ClientPortal.Domain.Requests;
using static Modular.UnitTests.Fakes.InMemoryQueries;

namespace Modular.UnitTests.ClientPortal;

/// <summary>
/// Which companies, members, API clients, documents, requests, invitations and messages the
/// module's queries select, and in what order, run over lists in memory.
/// </summary>
public sealed class ClientPortalQueriesTests
{
    private static readonly DateTimeOffset Now = ClientCompanyTests.Now;
    private static readonly Guid Insurer = Guid.NewGuid();

    private static ClientCompany Company(string name = "Menuiserie Favre SA", string uid = "CHE-109.322.551", Guid? insurer = null) =>
        ClientCompanyTests.Company(insurer ?? Insurer, name, uid);

    [Fact]
    public void A_company_is_found_by_its_id_within_its_insurer_and_read_only_by_its_id_alone()
    {
        var (one, two) = (Company(), Company());
        var elsewhere = Company(insurer: Guid.NewGuid());

        Assert.Same(two, Assert.Single(Select([one, two, elsewhere], new CompanyOfInsurerSpec(two.Id, Insurer))));
        Assert.Empty(Select([one, two, elsewhere], new CompanyOfInsurerSpec(elsewhere.Id, Insurer)));
        Assert.False(new CompanyOfInsurerSpec(two.Id, Insurer).AsNoTracking);
        Assert.Same(elsewhere, Assert.Single(Select([one, two, elsewhere], new CompanyByIdSpec(elsewhere.Id))));
        Assert.True(new CompanyByIdSpec(one.Id).AsNoTracking);
    }

    [Fact]
    public void A_company_is_found_by_its_UID_within_its_insurer()
    {
        var favre = Company(uid: "CHE-109.322.551");
        var other = Company(uid: "CHE-116.458.233");
        var elsewhere = Company(uid: "CHE-109.322.551", insurer: Guid.NewGuid());

        Assert.Same(favre, Assert.Single(Select([favre, other, elsewhere], new CompanyByUidSpec(Insurer, "CHE-109.322.551"))));
    }

    [Fact]
    public void An_insurer_lists_its_companies_by_name_read_only_whatever_the_blank_search()
    {
        var (zurich, bern, aarau) = (Company("Zurich Bau AG"), Company("Bern Holz AG"), Company("Aarau Metall AG"));
        var elsewhere = Company("Basel Glas AG", insurer: Guid.NewGuid());
        ClientCompany[] all = [zurich, bern, elsewhere, aarau];

        Assert.Equal([aarau, bern, zurich], Select(all, new CompaniesOfInsurerSpec(Insurer, null)));
        Assert.Equal([aarau, bern, zurich], Select(all, new CompaniesOfInsurerSpec(Insurer, "")));
        Assert.Equal([aarau, bern, zurich], Select(all, new CompaniesOfInsurerSpec(Insurer, "   ")));
        Assert.True(new CompaniesOfInsurerSpec(Insurer, "bau").AsNoTracking);
    }

    [Theory]
    [InlineData("MÉNUISERIE", "favre")]
    [InlineData("holz", "egger")]
    [InlineData("109", "favre")]
    [InlineData("109.322", "favre")]
    [InlineData("458 233", "egger")]
    [InlineData("CHE-116", "egger")]
    public void A_search_finds_a_company_by_its_folded_name_or_by_three_digits_or_more_of_its_UID(string search, string found)
    {
        var favre = Company("Menuiserie Favre SA", "CHE-109.322.551");
        var egger = Company("Egger Holz AG", "CHE-116.458.233");
        var elsewhere = Company("Menuiserie Egger Holz", "CHE-116.458.233", Guid.NewGuid());

        Assert.Equal([found == "favre" ? favre : egger], Select([favre, egger, elsewhere], new CompaniesOfInsurerSpec(Insurer, search)));
    }

    [Fact]
    public void Fewer_than_three_digits_do_not_search_the_UID()
    {
        var favre = Company("Menuiserie Favre SA", "CHE-109.322.551");
        var garage = Company("Garage 55", "CHE-116.458.233");

        Assert.Equal([garage], Select([favre, garage], new CompaniesOfInsurerSpec(Insurer, "55")));
    }

    [Fact]
    public void An_accounts_membership_is_found_active_or_not_and_its_active_one_read_only()
    {
        var user = Guid.NewGuid();
        var ended = ClientUser.Create(Guid.NewGuid(), user, MemberRole.User, Now);
        ended.Deactivate(Now.AddDays(1));
        var active = ClientUser.Create(Guid.NewGuid(), user, MemberRole.User, Now.AddDays(2));
        var someoneElse = ClientUser.Create(active.CompanyId, Guid.NewGuid(), MemberRole.User, Now);
        ClientUser[] all = [ended, active, someoneElse];

        Assert.Same(active, Assert.Single(Select(all, new ActiveMembershipSpec(user))));
        Assert.True(new ActiveMembershipSpec(user).AsNoTracking);
        Assert.Equal([ended, active], Select(all, new MembershipOfAccountSpec(user)));
        Assert.False(new MembershipOfAccountSpec(user).AsNoTracking);
    }

    [Fact]
    public void A_member_is_found_within_a_company_and_the_members_are_listed_in_order_of_arrival()
    {
        var company = Guid.NewGuid();
        var admin = ClientUser.Create(company, Guid.NewGuid(), MemberRole.ClientAdmin, Now);
        var user = ClientUser.Create(company, Guid.NewGuid(), MemberRole.User, Now.AddDays(1));
        var later = ClientUser.Create(company, Guid.NewGuid(), MemberRole.User, Now.AddDays(2));
        var elsewhere = ClientUser.Create(Guid.NewGuid(), user.UserId, MemberRole.User, Now.AddDays(-1));
        ClientUser[] all = [later, elsewhere, user, admin];

        Assert.Same(user, Assert.Single(Select(all, new MemberOfCompanySpec(company, user.UserId))));
        Assert.Empty(Select(all, new MemberOfCompanySpec(Guid.NewGuid(), admin.UserId)));
        Assert.Equal([admin, user, later], Select(all, new MembersOfCompanySpec(company)));
        Assert.True(new MembersOfCompanySpec(company).AsNoTracking);
    }

    [Fact]
    public void An_API_clients_active_authorisation_is_found_by_its_server_id()
    {
        var active = AuthorisedClient.Authorise(Guid.NewGuid(), "server-1", "rh-soft", "RH", Guid.NewGuid(), Now);
        var revoked = AuthorisedClient.Authorise(Guid.NewGuid(), "server-1", "rh-soft", "RH", Guid.NewGuid(), Now.AddDays(-9));
        revoked.Revoke(Now.AddDays(-1));
        var other = AuthorisedClient.Authorise(active.CompanyId, "server-2", "paie", "Paie", Guid.NewGuid(), Now);

        Assert.Same(active, Assert.Single(Select([revoked, active, other], new ActiveAuthorisationOfClientSpec("server-1"))));
        Assert.True(new ActiveAuthorisationOfClientSpec("server-1").AsNoTracking);
    }

    [Fact]
    public void A_company_lists_its_active_authorisations_in_order_and_finds_one_of_them()
    {
        var company = Guid.NewGuid();
        var first = AuthorisedClient.Authorise(company, "server-1", "rh-soft", "RH", Guid.NewGuid(), Now);
        var second = AuthorisedClient.Authorise(company, "server-2", "paie", "Paie", Guid.NewGuid(), Now.AddDays(1));
        var revoked = AuthorisedClient.Authorise(company, "server-3", "old", "Ancien", Guid.NewGuid(), Now.AddDays(-1));
        revoked.Revoke(Now);
        var elsewhere = AuthorisedClient.Authorise(Guid.NewGuid(), "server-4", "x", "X", Guid.NewGuid(), Now.AddDays(-2));
        AuthorisedClient[] all = [second, revoked, elsewhere, first];

        Assert.Equal([first, second], Select(all, new AuthorisationsOfCompanySpec(company)));
        Assert.True(new AuthorisationsOfCompanySpec(company).AsNoTracking);
        Assert.Same(second, Assert.Single(Select(all, new AuthorisationOfCompanySpec(second.Id, company))));
        Assert.Empty(Select(all, new AuthorisationOfCompanySpec(elsewhere.Id, company)));
        Assert.Empty(Select(all, new AuthorisationOfCompanySpec(revoked.Id, company)));
        Assert.False(new AuthorisationOfCompanySpec(second.Id, company).AsNoTracking);
    }

    [Fact]
    public void A_document_is_found_within_its_company_alone_by_id_or_by_a_list_of_ids()
    {
        var company = Company();
        var (one, two) = (Document(company), Document(company));
        var elsewhere = Document(Company());
        PortalDocument[] all = [one, two, elsewhere];

        Assert.Same(two, Assert.Single(Select(all, new DocumentOfCompanySpec(two.Id, company.Id))));
        Assert.Empty(Select(all, new DocumentOfCompanySpec(elsewhere.Id, company.Id)));
        Assert.Equal([one], Select(all, new DocumentsByIdsOfCompanySpec([one.Id, elsewhere.Id], company.Id)));
        Assert.Equal([one, two], Select(all, new DocumentsOfCompanySpec(company.Id)));
        Assert.True(new DocumentOfCompanySpec(one.Id, company.Id).AsNoTracking && new DocumentsByIdsOfCompanySpec([], company.Id).AsNoTracking && new DocumentsOfCompanySpec(company.Id).AsNoTracking);
    }

    [Fact]
    public void A_purged_document_is_found_within_its_company_alone()
    {
        var company = Company();
        var (one, two) = (PurgedDocument.Of(Document(company), Now), PurgedDocument.Of(Document(company), Now));
        var elsewhere = PurgedDocument.Of(Document(Company()), Now);

        Assert.Same(two, Assert.Single(Select([one, two, elsewhere], new PurgedDocumentOfCompanySpec(two.Id, company.Id))));
        Assert.Empty(Select([one, two, elsewhere], new PurgedDocumentOfCompanySpec(elsewhere.Id, company.Id)));
        Assert.True(new PurgedDocumentOfCompanySpec(one.Id, company.Id).AsNoTracking);
    }

    [Fact]
    public void A_company_sees_its_latest_documents_first()
    {
        var company = Company();
        var (old, recent, latest) = (Document(company, Now.AddDays(-2)), Document(company, Now.AddDays(-1)), Document(company, Now));
        var elsewhere = Document(Company(), Now.AddDays(1));

        Assert.Equal([latest, recent], Select([old, latest, elsewhere, recent], new LatestDocumentsOfCompanySpec(company.Id, 2)));
        Assert.True(new LatestDocumentsOfCompanySpec(company.Id, 2).AsNoTracking);
    }

    [Fact]
    public void Documents_at_or_past_their_end_are_purged_oldest_first_a_batch_at_a_time()
    {
        var company = Company();
        var endsNow = Document(company, Now.AddDays(-30), retentionDays: 30);
        var endedLongAgo = Document(company, Now.AddDays(-60), retentionDays: 30);
        var endedYesterday = Document(company, Now.AddDays(-31), retentionDays: 30);
        var endsTomorrow = Document(company, Now.AddDays(-29), retentionDays: 30);
        PortalDocument[] all = [endsNow, endsTomorrow, endedYesterday, endedLongAgo];

        Assert.Equal([endedLongAgo, endedYesterday, endsNow], Select(all, new ExpiredDocumentsSpec(Now, 10)));
        Assert.Equal([endedLongAgo, endedYesterday], Select(all, new ExpiredDocumentsSpec(Now, 2)));
        Assert.False(new ExpiredDocumentsSpec(Now, 2).AsNoTracking);
    }

    [Fact]
    public void The_documents_sharing_a_blob_are_found_by_its_hash()
    {
        var company = Company();
        var (one, same, other) = (Document(company, sha256: "aa"), Document(Company(), sha256: "aa"), Document(company, sha256: "bb"));

        Assert.Equal([one, same], Select([one, other, same], new DocumentsWithBlobSpec("aa")));
        Assert.True(new DocumentsWithBlobSpec("aa").AsNoTracking);
    }

    [Fact]
    public void An_insurer_sees_its_pending_requests_in_order_of_arrival()
    {
        var (first, second) = (Request(Now.AddDays(-2)), Request(Now.AddDays(-1)));
        var decided = Request(Now.AddDays(-3));
        decided.Approve(Guid.NewGuid(), Guid.NewGuid(), Now);
        var elsewhere = AccessRequestTests.Submit(insurerId: Guid.NewGuid(), at: Now.AddDays(-4)).Value;
        AccessRequest[] all = [second, decided, elsewhere, first];

        Assert.Equal([first, second], Select(all, new RequestsOfInsurerSpec(Insurer, pendingOnly: true)));
        Assert.True(new RequestsOfInsurerSpec(Insurer, pendingOnly: true).AsNoTracking);
    }

    [Fact]
    public void An_insurer_sees_all_its_requests_the_latest_first()
    {
        var (first, second) = (Request(Now.AddDays(-2)), Request(Now.AddDays(-1)));
        var decided = Request(Now.AddDays(-3));
        decided.Refuse(Guid.NewGuid(), "Volume insuffisant.", Now);
        var elsewhere = AccessRequestTests.Submit(insurerId: Guid.NewGuid(), at: Now).Value;
        AccessRequest[] all = [first, decided, elsewhere, second];

        Assert.Equal([second, first, decided], Select(all, new RequestsOfInsurerSpec(Insurer, pendingOnly: false)));
        Assert.True(new RequestsOfInsurerSpec(Insurer, pendingOnly: false).AsNoTracking);
    }

    [Fact]
    public void A_request_is_found_within_its_insurer()
    {
        var (one, two) = (Request(Now), Request(Now));
        var elsewhere = AccessRequestTests.Submit(insurerId: Guid.NewGuid()).Value;

        Assert.Same(two, Assert.Single(Select([one, two, elsewhere], new RequestOfInsurerSpec(two.Id, Insurer))));
        Assert.Empty(Select([one, two, elsewhere], new RequestOfInsurerSpec(elsewhere.Id, Insurer)));
    }

    [Fact]
    public void An_invitation_is_found_by_the_hash_of_its_token_and_a_companys_are_listed_the_latest_first()
    {
        var company = Guid.NewGuid();
        var (older, newer) = (ClientInvitationTests.Invite(company, Now.AddDays(-1)), ClientInvitationTests.Invite(company, Now));
        var elsewhere = ClientInvitationTests.Invite(Guid.NewGuid(), Now.AddDays(1));
        ClientInvitation[] all = [older, elsewhere, newer];

        Assert.Same(newer, Assert.Single(Select(all, new InvitationByTokenSpec(newer.TokenHash))));
        Assert.Equal([newer, older], Select(all, new InvitationsOfCompanySpec(company)));
        Assert.True(new InvitationByTokenSpec(newer.TokenHash).AsNoTracking && new InvitationsOfCompanySpec(company).AsNoTracking);
    }

    [Fact]
    public void A_companys_thread_is_its_messages_the_latest_first()
    {
        var company = Guid.NewGuid();
        var question = PortalMessage.Write(company, Guid.NewGuid(), true, MessageTopic.Question, "Question ?", Now).Value;
        var reply = PortalMessage.Write(company, Guid.NewGuid(), false, MessageTopic.Reply, "Réponse.", Now.AddHours(1)).Value;
        var elsewhere = PortalMessage.Write(Guid.NewGuid(), Guid.NewGuid(), true, MessageTopic.Question, "Autre ?", Now).Value;

        Assert.Equal([reply, question], Select([question, elsewhere, reply], new ThreadOfCompanySpec(company)));
        Assert.True(new ThreadOfCompanySpec(company).AsNoTracking);
    }

    private static PortalDocument Document(ClientCompany company, DateTimeOffset? at = null, int retentionDays = 365, string sha256 = "") =>
        PortalDocumentTests.Publish(company, date: "2026-01-05", at: at, retentionDays: retentionDays, sha256: sha256).Value;

    private static AccessRequest Request(DateTimeOffset at) => AccessRequestTests.Submit(insurerId: Insurer, at: at).Value;
}
