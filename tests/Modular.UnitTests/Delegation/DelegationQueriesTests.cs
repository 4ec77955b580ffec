using Modular.Delegation.Domain.Mandates;
using Modular.Delegation.Domain.Requests;
using Modular.Delegation.Domain.Signatures;
using Modular.SharedKernel.Delegation;
using static Modular.UnitTests.Fakes.InMemoryQueries;

namespace Modular.UnitTests.Delegation;

/// <summary>
/// Which mandates and requests the module's queries select, and in what order, run over lists in
/// memory (the integration tests run them on the databases).
/// </summary>
public sealed class DelegationQueriesTests
{
    private static readonly DateTimeOffset Now = MandateTests.Now;
    private static readonly Guid Organisation = Guid.NewGuid();
    private static readonly Guid Mandator = Guid.NewGuid();

    [Fact]
    public void A_mandate_is_found_by_its_id_read_only_unless_it_is_to_change()
    {
        var (one, two) = (MandateTests.Give(Now.AddDays(5)), MandateTests.Give(Now.AddDays(5)));

        Assert.Same(two, Assert.Single(Select([one, two], new MandateByIdSpec(two.Id))));
        Assert.True(new MandateByIdSpec(two.Id).AsNoTracking);
        Assert.False(new MandateByIdSpec(two.Id, tracked: true).AsNoTracking);
    }

    [Fact]
    public void A_person_sees_the_mandates_they_gave_or_received_the_latest_first()
    {
        var person = Guid.NewGuid();
        var given = MandateTests.Give(Now.AddDays(30), Now, request: MandateTests.Approved(mandator: person));
        var received = MandateTests.Give(Now.AddDays(30), Now.AddDays(1), mandatary: person);
        var others = MandateTests.Give(Now.AddDays(30), Now.AddDays(2));

        Assert.Equal([received, given], Select([given, others, received], new MandatesOfPersonSpec(person)));
        Assert.True(new MandatesOfPersonSpec(person).AsNoTracking);
    }

    [Fact]
    public void The_mandates_in_force_for_a_service_leave_out_other_organisations_services_ended_and_revoked_ones()
    {
        var inForce = MandateTests.Give(Now.AddDays(30), request: MandateTests.Approved(Organisation));
        var otherOrganisation = MandateTests.Give(Now.AddDays(30));
        var otherService = MandateTests.Give(Now.AddDays(30), request: MandateTests.Approved(Organisation, service: "portfolio"));
        var endsNow = MandateTests.Give(Now.AddDays(10), Now.AddDays(-1), request: MandateTests.Approved(Organisation));
        var revoked = MandateTests.Give(Now.AddDays(30), request: MandateTests.Approved(Organisation));
        Assert.True(revoked.Revoke(Guid.NewGuid(), MandateRevoker.Mandator, Now).IsSuccess);

        Assert.Equal([inForce], Select([inForce, otherOrganisation, otherService, endsNow, revoked], new MandatesInForceSpec(Organisation, "vault", Now.AddDays(10))));
        Assert.True(new MandatesInForceSpec(Organisation, "vault", Now).AsNoTracking);
    }

    [Fact]
    public void A_mandatary_holds_the_mandates_in_force_given_to_them_and_the_back_office_lists_every_one_the_latest_first()
    {
        var mandatary = Guid.NewGuid();
        var first = MandateTests.Give(Now.AddDays(30), Now, mandatary);
        var second = MandateTests.Give(Now.AddDays(30), Now.AddDays(1), mandatary);
        var ended = MandateTests.Give(Now.AddDays(10), Now, mandatary);
        var revoked = MandateTests.Give(Now.AddDays(30), Now, mandatary);
        Assert.True(revoked.Revoke(mandatary, MandateRevoker.Mandatary, Now).IsSuccess);
        var someoneElses = MandateTests.Give(Now.AddDays(30), Now.AddDays(2));
        Mandate[] all = [first, second, ended, revoked, someoneElses];

        Assert.Equal([first, second], Select(all, new MandatesOfMandataryInForceSpec(mandatary, Now.AddDays(10))));
        Assert.Equal([someoneElses, second, first], Select(all, new AllMandatesInForceSpec(Now.AddDays(10), 10)));
        Assert.Equal([someoneElses, second], Select(all, new AllMandatesInForceSpec(Now.AddDays(10), 2)));
        Assert.True(new MandatesOfMandataryInForceSpec(mandatary, Now).AsNoTracking && new AllMandatesInForceSpec(Now, 1).AsNoTracking);
    }

    [Fact]
    public void A_request_is_found_by_its_id_or_by_its_links_hash()
    {
        var (one, two) = (Request("hash-1"), Request("hash-2"));

        Assert.Same(two, Assert.Single(Select([one, two], new MandateRequestByIdSpec(two.Id))));
        Assert.Same(two, Assert.Single(Select([one, two], new MandateRequestByLinkSpec("hash-2"))));
        Assert.Empty(Select([one, two], new MandateRequestByLinkSpec("hash-3")));
        Assert.Equal((true, false), (new MandateRequestByIdSpec(one.Id).AsNoTracking, new MandateRequestByIdSpec(one.Id, tracked: true).AsNoTracking));
        Assert.Equal((true, false), (new MandateRequestByLinkSpec("h").AsNoTracking, new MandateRequestByLinkSpec("h", tracked: true).AsNoTracking));
    }

    [Fact]
    public void A_mandator_sees_their_own_requests_in_their_organisation_the_latest_first()
    {
        var first = Request(at: Now);
        var second = Request(at: Now.AddDays(1));
        var otherMandator = Request(mandator: Guid.NewGuid());
        var otherOrganisation = Request(organisation: Guid.NewGuid());

        Assert.Equal([second, first], Select([first, otherMandator, second, otherOrganisation], new MandateRequestsOfMandatorSpec(Organisation, Mandator)));
        Assert.True(new MandateRequestsOfMandatorSpec(Organisation, Mandator).AsNoTracking);
    }

    [Fact]
    public void The_back_office_queue_holds_the_requests_both_parties_signed_in_order_of_receipt()
    {
        var late = Signed(Now.AddDays(3));
        var early = Signed(Now.AddDays(1));
        var waitingForMandatary = Request();
        var approved = Signed(Now);
        Assert.True(approved.Approve(Guid.NewGuid(), Guid.NewGuid(), Now.AddDays(1)).IsSuccess);
        MandateRequest[] all = [late, waitingForMandatary, early, approved];

        Assert.Equal([early, late], Select(all, new WaitingMandateRequestsSpec()));
        Assert.Equal([early], Select(all, new WaitingMandateRequestsSpec(1)));
        Assert.True(new WaitingMandateRequestsSpec().AsNoTracking);
    }

    [Fact]
    public void The_latest_decisions_are_approvals_and_refusals_the_latest_first()
    {
        var approved = Signed(Now);
        Assert.True(approved.Approve(Guid.NewGuid(), Guid.NewGuid(), Now.AddDays(1)).IsSuccess);
        var refused = Signed(Now);
        Assert.True(refused.Refuse(Guid.NewGuid(), "Adresse partagée", Now.AddDays(2)).IsSuccess);
        var older = Signed(Now);
        Assert.True(older.Refuse(Guid.NewGuid(), "Service fermé", Now.AddHours(1)).IsSuccess);
        var cancelled = Signed(Now);
        Assert.True(cancelled.Cancel().IsSuccess);
        MandateRequest[] all = [older, approved, cancelled, Signed(Now), refused];

        Assert.Equal([refused, approved, older], Select(all, new DecidedMandateRequestsSpec(10)));
        Assert.Equal([refused, approved], Select(all, new DecidedMandateRequestsSpec(2)));
        Assert.True(new DecidedMandateRequestsSpec(1).AsNoTracking);
    }

    [Fact]
    public void The_open_requests_for_a_service_are_those_still_awaiting_a_signature_or_a_decision()
    {
        var awaitingMandator = MandateRequest.StartUnsigned(Part(Organisation, Mandator, "vault"), Now).Value;
        var awaitingMandatary = Request();
        var awaitingReview = Signed(Now);
        var approved = Signed(Now);
        Assert.True(approved.Approve(Guid.NewGuid(), Guid.NewGuid(), Now).IsSuccess);
        var refused = Signed(Now);
        Assert.True(refused.Refuse(Guid.NewGuid(), "Non", Now).IsSuccess);
        var cancelled = Request();
        Assert.True(cancelled.Cancel().IsSuccess);
        var expired = Request();
        Assert.True(expired.Expire(Now.AddDays(30)));
        var otherService = Request(service: "portfolio");
        var otherOrganisation = Request(organisation: Guid.NewGuid());

        Assert.Equal(
            [awaitingMandator, awaitingMandatary, awaitingReview],
            Select([awaitingMandator, awaitingMandatary, awaitingReview, approved, refused, cancelled, expired, otherService, otherOrganisation], new OpenMandateRequestsSpec(Organisation, "vault")));
        Assert.True(new OpenMandateRequestsSpec(Organisation, "vault").AsNoTracking);
    }

    private static MandateRequest Signed(DateTimeOffset receivedAt)
    {
        var request = Request();
        Assert.True(request.CompleteMandataryPart("claire.martin@cabinet.fr", Drawn, receivedAt).IsSuccess);
        return request;
    }

    private static readonly SignatureRecord Drawn = new(SignatureKind.Drawn, "blob-1", "image/png", Now);

    private static MandateRequest Request(string linkHash = "hash", DateTimeOffset? at = null, Guid? organisation = null, Guid? mandator = null, string service = "vault") =>
        MandateRequest.Start(Part(organisation ?? Organisation, mandator ?? Mandator, service), Drawn, linkHash, at ?? Now).Value;

    private static MandatorPart Part(Guid organisation, Guid mandator, string service) =>
        new(
            organisation, mandator, "Dr Jean Dupont", "jean.dupont@cabinet.fr",
            new DelegableService(service, "Service", "Service", [StaffCategory.Administrative], []), StaffCategory.Administrative,
            "Claire Martin", "claire@cabinet.fr", DateOnly.FromDateTime(Now.Date).AddMonths(6), "fr", DateOnly.FromDateTime(Now.Date));
}
