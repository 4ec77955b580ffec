using Modular.Delegation.Domain.Requests;
using Modular.Delegation.Domain.Signatures;
using Modular.SharedKernel.Delegation;

namespace Modular.UnitTests.Delegation;

/// <summary>One request per mandatary and service: the mandator's part, the mandatary's within 30 days, then one decision.</summary>
public sealed class MandateRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DelegableService Vault = new("vault", "Coffre", "Vault", [StaffCategory.Administrative, StaffCategory.Professional], ["vault.read"]);
    private static readonly SignatureRecord Drawn = new(SignatureKind.Drawn, "blob-1", "image/png", Now);

    [Fact]
    public void The_mandators_part_opens_a_request_waiting_for_the_mandatary_for_30_days()
    {
        var request = Start().Value;

        Assert.Equal((MandateRequestStatus.AwaitingMandatary, "vault", "Claire Martin"), (request.Status, request.ServiceCode, request.MandataryName));
        Assert.Equal("jean.dupont@cabinet.fr", request.MandatorEmail);
        Assert.Equal(Now.AddDays(30), request.ExpiresAt);
        Assert.True(request.IsPending(Now.AddDays(29)));
        Assert.False(request.IsPending(Now.AddDays(30)));
    }

    [Fact]
    public void A_service_its_module_does_not_open_to_the_category_is_refused() =>
        Assert.Equal("service-not-for-category", Start(category: StaffCategory.InHouseBilling).Error!.Code);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void The_mandatary_must_be_named(string name) =>
        Assert.Equal("mandatary-name-invalid", Start(mandatary: name).Error!.Code);

    [Fact]
    public void The_mandatary_signs_their_part_once_with_an_address_of_their_own_and_it_joins_the_queue()
    {
        var request = Start().Value;

        Assert.Equal("mandate-emails-identical", request.CompleteMandataryPart("Jean.Dupont+claire@cabinet.fr", Drawn, Now.AddDays(1)).Error!.Code);
        Assert.Equal(MandateRequestStatus.AwaitingMandatary, request.Status);

        Assert.True(request.CompleteMandataryPart("claire.martin@cabinet.fr", Drawn, Now.AddDays(2)).IsSuccess);
        Assert.Equal((MandateRequestStatus.AwaitingReview, Now.AddDays(2), "claire.martin@cabinet.fr"), (request.Status, request.ReceivedAt, request.MandataryEmail));
        Assert.Equal("mandatary-part-done", request.CompleteMandataryPart("claire.martin@cabinet.fr", Drawn, Now.AddDays(3)).Error!.Code);
    }

    [Fact]
    public void After_30_days_the_mandatarys_link_finds_an_expired_request()
    {
        var request = Start().Value;

        Assert.Equal("mandate-request-expired", request.CompleteMandataryPart("claire.martin@cabinet.fr", Drawn, Now.AddDays(30)).Error!.Code);
        Assert.False(request.Expire(Now.AddDays(29)));
        Assert.True(request.Expire(Now.AddDays(30)));
        Assert.Equal(MandateRequestStatus.Expired, request.Status);
        Assert.False(request.Expire(Now.AddDays(31)));
    }

    [Fact]
    public void The_back_office_decides_once_and_a_refusal_gives_its_reason()
    {
        var approved = Signed();
        var officer = Guid.NewGuid();
        var account = Guid.NewGuid();
        Assert.True(approved.Approve(officer, account, Now.AddDays(5)).IsSuccess);
        Assert.Equal((MandateRequestStatus.Approved, officer, account), (approved.Status, approved.DecidedBy, approved.MandataryId));
        Assert.Equal("mandate-request-not-in-queue", approved.Refuse(officer, "trop tard", Now.AddDays(6)).Error!.Code);

        var refused = Signed();
        Assert.Equal("refusal-reason-required", refused.Refuse(officer, " ", Now).Error!.Code);
        Assert.True(refused.Refuse(officer, "Adresse de courriel partagée", Now).IsSuccess);
        Assert.Equal("Adresse de courriel partagée", refused.RefusalReason);

        Assert.Equal("mandate-request-not-in-queue", Start().Value.Approve(officer, account, Now).Error!.Code);
    }

    [Fact]
    public void The_mandator_withdraws_a_request_not_yet_decided()
    {
        var request = Start().Value;
        Assert.True(request.Cancel().IsSuccess);
        Assert.False(request.IsPending(Now));
        Assert.Equal("mandate-request-closed", request.Cancel().Error!.Code);
    }

    [Fact]
    public void The_mandators_part_shows_every_refused_field_at_once()
    {
        var part = Part(StaffCategory.InHouseBilling, " ", DateOnly.FromDateTime(Now.Date), "jean.dupont@cabinet.fr");

        Assert.Equal(
            ["service-not-for-category", "mandatary-name-invalid", "mandate-end-invalid", "mandate-emails-identical"],
            MandateRequest.Validate(part).Select(e => e.Code));
        Assert.Empty(MandateRequest.Validate(Part(StaffCategory.Administrative, "Claire Martin", null, "claire@cabinet.fr")));
    }

    [Fact]
    public void The_mandatarys_name_is_kept_trimmed_up_to_100_characters()
    {
        Assert.Equal("Claire Martin", Start(mandatary: "  Claire Martin ").Value.MandataryName);
        Assert.True(Start(mandatary: new string('c', MandateRequest.NameMaxLength)).IsSuccess);
        Assert.Equal("mandatary-name-invalid", Start(mandatary: new string('c', MandateRequest.NameMaxLength + 1)).Error!.Code);
        Assert.Equal(["mandatary-name-invalid"], MandateRequest.ValidateWithoutService(null, DateOnly.FromDateTime(Now.Date).AddDays(1), DateOnly.FromDateTime(Now.Date)).Select(e => e.Code));
        Assert.Equal(["mandate-end-invalid"], MandateRequest.ValidateWithoutService("Claire", null, DateOnly.FromDateTime(Now.Date)).Select(e => e.Code));
    }

    [Fact]
    public void The_request_keeps_what_the_mandator_gave_written_as_compared()
    {
        var request = Start().Value;

        Assert.Equal(
            (StaffCategory.Administrative, "claire@cabinet.fr", "fr", DateOnly.FromDateTime(Now.Date).AddMonths(6), Now, "Dr Jean Dupont", "hash"),
            (request.Category, request.LinkEmail, request.Language, request.EndsOn, request.CreatedAt, request.MandatorName, request.LinkHash));
        Assert.Same(Drawn, request.MandatorSignature);
        Assert.Throws<ArgumentException>(() => MandateRequest.Start(Part(StaffCategory.Administrative, "Claire", null, "claire@cabinet.fr"), Drawn, "", Now));
        Assert.Equal("service-not-for-category", MandateRequest.StartUnsigned(Part(StaffCategory.InHouseBilling, "Claire", null, "claire@cabinet.fr"), Now).Error!.Code);
    }

    [Fact]
    public void A_refusal_reason_is_kept_trimmed_up_to_1000_characters_and_the_decision_dated()
    {
        var officer = Guid.NewGuid();
        Assert.Equal("refusal-reason-required", Signed().Refuse(officer, null, Now).Error!.Code);
        Assert.Equal("refusal-reason-required", Signed().Refuse(officer, new string('r', MandateRequest.ReasonMaxLength + 1), Now).Error!.Code);

        var refused = Signed();
        Assert.True(refused.Refuse(officer, "  Adresse partagée ", Now.AddDays(4)).IsSuccess);
        Assert.Equal((MandateRequestStatus.Refused, "Adresse partagée", officer, Now.AddDays(4), null), (refused.Status, refused.RefusalReason, refused.DecidedBy, refused.DecidedAt, refused.MandataryId));
        Assert.True(Signed().Refuse(officer, new string('r', MandateRequest.ReasonMaxLength), Now).IsSuccess);

        var approved = Signed();
        Assert.True(approved.Approve(officer, Guid.NewGuid(), Now.AddDays(5)).IsSuccess);
        Assert.Equal((Now.AddDays(5), null), (approved.DecidedAt, approved.RefusalReason));
        Assert.Equal("mandate-request-not-in-queue", refused.Approve(officer, Guid.NewGuid(), Now.AddDays(6)).Error!.Code);
        Assert.Null(refused.MandataryId);
    }

    [Fact]
    public void A_request_awaiting_review_or_a_digital_signature_may_be_withdrawn_a_decided_one_not()
    {
        var inQueue = Signed();
        Assert.True(inQueue.Cancel().IsSuccess);
        Assert.Equal(MandateRequestStatus.Cancelled, inQueue.Status);

        Assert.True(Unsigned().Cancel().IsSuccess);

        var approved = Signed();
        Assert.True(approved.Approve(Guid.NewGuid(), Guid.NewGuid(), Now).IsSuccess);
        Assert.Equal("mandate-request-closed", approved.Cancel().Error!.Code);
        Assert.Equal(MandateRequestStatus.Approved, approved.Status);

        var expired = Start().Value;
        Assert.True(expired.Expire(Now.AddDays(30)));
        Assert.Equal("mandate-request-closed", expired.Cancel().Error!.Code);
    }

    [Fact]
    public void A_request_past_its_window_reads_as_expired_before_the_sweep_but_one_in_the_queue_never_expires()
    {
        var waiting = Start().Value;
        Assert.Equal(MandateRequestStatus.AwaitingMandatary, waiting.StatusAt(Now.AddDays(30).AddTicks(-1)));
        Assert.Equal(MandateRequestStatus.Expired, waiting.StatusAt(Now.AddDays(30)));
        Assert.Equal(MandateRequestStatus.AwaitingMandatary, waiting.Status);

        var unsigned = Unsigned();
        Assert.Equal(MandateRequestStatus.Expired, unsigned.StatusAt(Now.AddDays(30)));
        Assert.False(unsigned.Expire(Now.AddDays(29)));
        Assert.True(unsigned.IsExpired(Now.AddDays(30)));

        var inQueue = Signed();
        Assert.Equal(MandateRequestStatus.AwaitingReview, inQueue.StatusAt(Now.AddDays(90)));
        Assert.False(inQueue.Expire(Now.AddDays(90)));
        Assert.True(inQueue.IsPending(Now.AddDays(90)));

        Assert.True(waiting.Expire(Now.AddDays(30)));
        Assert.True(waiting.IsExpired(Now));
        Assert.False(waiting.IsPending(Now));
    }

    [Fact]
    public void The_mandator_may_sign_digitally_only_while_their_signature_is_awaited()
    {
        Assert.True(Unsigned().MandatorMaySign(Now.AddDays(29)).IsSuccess);
        Assert.Equal("mandate-request-expired", Unsigned().MandatorMaySign(Now.AddDays(30)).Error!.Code);
        Assert.Equal("mandator-part-signed", Start().Value.MandatorMaySign(Now).Error!.Code);
        Assert.Equal("mandator-part-signed", Signed().MandatorMaySign(Now).Error!.Code);
        var withdrawn = Unsigned();
        Assert.True(withdrawn.Cancel().IsSuccess);
        Assert.Equal("mandate-request-closed", withdrawn.MandatorMaySign(Now).Error!.Code);
        Assert.Throws<ArgumentException>(() => Unsigned().SignAsMandator(Digital("pdf-1"), "", Now));
        Assert.Throws<ArgumentException>(() => Unsigned().AwaitSignatureOf(""));
    }

    [Fact]
    public void A_mandatary_part_given_after_the_window_or_in_a_closed_request_changes_nothing()
    {
        var late = Start().Value;
        Assert.Equal("mandate-request-expired", late.PrepareMandataryDigitalSignature("claire@cabinet.fr", "pdf-2", Now.AddDays(30)).Error!.Code);
        Assert.Equal((null, null), (late.MandataryEmail, late.DocumentToSign));

        var withdrawn = Start().Value;
        Assert.True(withdrawn.Cancel().IsSuccess);
        Assert.Equal("mandatary-part-done", withdrawn.CompleteMandataryPart("claire@cabinet.fr", Drawn, Now).Error!.Code);
        Assert.Equal((null, null, null), (withdrawn.MandataryEmail, withdrawn.MandatarySignature, withdrawn.ReceivedAt));

        var signed = Start().Value;
        Assert.True(signed.CompleteMandataryPart("claire.martin@cabinet.fr", Drawn, Now.AddDays(29)).IsSuccess);
        Assert.Same(Drawn, signed.MandatarySignature);
    }

    private static MandateRequest Signed()
    {
        var request = Start().Value;
        Assert.True(request.CompleteMandataryPart("claire.martin@cabinet.fr", Drawn, Now.AddDays(1)).IsSuccess);
        return request;
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(365, true)]
    [InlineData(366, false)]
    public void A_mandate_ends_after_today_and_within_a_year(int days, bool valid)
    {
        var today = DateOnly.FromDateTime(Now.Date);
        Assert.Equal(valid, MandateRequest.EndIsValid(today.AddDays(days), today));
        Assert.Equal(valid ? null : "mandate-end-invalid", Start(endsOn: today.AddDays(days)).Error?.Code);
    }

    [Fact]
    public void The_link_may_not_go_to_the_mandators_own_address() =>
        Assert.Equal("mandate-emails-identical", Start(linkEmail: "jean.dupont+secretariat@CABINET.fr").Error!.Code);

    [Fact]
    public void A_mandator_who_signs_digitally_holds_the_place_and_sends_no_link_until_their_p7s()
    {
        var request = Unsigned();
        request.AwaitSignatureOf("pdf-1");

        Assert.Equal((MandateRequestStatus.AwaitingMandatorSignature, null, null, "pdf-1"), (request.Status, request.LinkHash, request.MandatorSignature, request.DocumentToSign));
        Assert.True(request.IsPending(Now.AddDays(29)));
        Assert.Equal("mandatary-part-done", request.CompleteMandataryPart("claire@cabinet.fr", Drawn, Now).Error!.Code);

        Assert.True(request.SignAsMandator(Digital("pdf-1"), "hash", Now.AddDays(2)).IsSuccess);
        Assert.Equal((MandateRequestStatus.AwaitingMandatary, "hash", null), (request.Status, request.LinkHash, request.DocumentToSign));
        Assert.Equal(("pdf-1", Now.AddDays(30)), (request.MandatorSignature!.DocumentBlobId, request.ExpiresAt));
        Assert.Equal("mandator-part-signed", request.SignAsMandator(Digital("pdf-1"), "hash-2", Now.AddDays(3)).Error!.Code);
    }

    [Fact]
    public void A_digital_signature_awaited_past_30_days_or_withdrawn_can_no_longer_be_given()
    {
        var late = Unsigned();
        Assert.Equal("mandate-request-expired", late.SignAsMandator(Digital("pdf-1"), "hash", Now.AddDays(30)).Error!.Code);
        Assert.True(late.Expire(Now.AddDays(30)));

        var withdrawn = Unsigned();
        Assert.True(withdrawn.Cancel().IsSuccess);
        Assert.Equal("mandate-request-closed", withdrawn.SignAsMandator(Digital("pdf-1"), "hash", Now).Error!.Code);
    }

    [Fact]
    public void A_mandatary_who_signs_digitally_keeps_their_address_with_the_pdf_and_may_still_sign_otherwise()
    {
        var request = Start().Value;

        Assert.Equal("mandate-emails-identical", request.PrepareMandataryDigitalSignature("Jean.Dupont@cabinet.fr", "pdf-2", Now).Error!.Code);
        Assert.True(request.PrepareMandataryDigitalSignature(" Claire@Cabinet.fr", "pdf-2", Now).IsSuccess);
        Assert.Equal((MandateRequestStatus.AwaitingMandatary, "claire@cabinet.fr", "pdf-2"), (request.Status, request.MandataryEmail, request.DocumentToSign));

        Assert.True(request.CompleteMandataryPart("claire.martin@cabinet.fr", Drawn, Now).IsSuccess);
        Assert.Equal((MandateRequestStatus.AwaitingReview, "claire.martin@cabinet.fr", null), (request.Status, request.MandataryEmail, request.DocumentToSign));
    }

    private static SignatureRecord Digital(string document) =>
        new(SignatureKind.Digital, "p7s-1", "application/pkcs7-signature", Now, "CN=Dr Jean Dupont", Now.AddYears(1), document);

    private static MandateRequest Unsigned() => MandateRequest.StartUnsigned(Part(StaffCategory.Administrative, "Claire Martin", null, "claire@cabinet.fr"), Now).Value;

    private static MandatorPart Part(StaffCategory category, string mandatary, DateOnly? endsOn, string linkEmail) =>
        new(
            Guid.NewGuid(), Guid.NewGuid(), "Dr Jean Dupont", " Jean.Dupont@Cabinet.fr", Vault, category, mandatary, linkEmail, endsOn ?? DateOnly.FromDateTime(Now.Date).AddMonths(6), "fr",
            DateOnly.FromDateTime(Now.Date));

    private static Modular.SharedKernel.Results.Result<MandateRequest> Start(
        StaffCategory category = StaffCategory.Administrative, string mandatary = "Claire Martin", DateOnly? endsOn = null, string linkEmail = "claire@cabinet.fr") =>
        MandateRequest.Start(Part(category, mandatary, endsOn, linkEmail), Drawn, "hash", Now);
}
