using Modular.Delegation.Domain.Mandates;
using Modular.Delegation.Domain.Requests;
using Modular.Delegation.Domain.Signatures;
using Modular.SharedKernel.Delegation;

namespace Modular.UnitTests.Delegation;

/// <summary>A mandate in force from its approval to the end of its last day, renewed or revoked only while in force.</summary>
public sealed class MandateTests
{
    internal static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DelegableService Vault = new("vault", "Coffre", "Vault", [StaffCategory.Administrative], ["vault.read"]);
    private static readonly Guid Mandatary = Guid.NewGuid();

    [Fact]
    public void An_approved_request_gives_a_mandate_from_now_that_carries_the_requests_parties_and_service()
    {
        var request = Approved();

        var mandate = Mandate.From(request, Mandatary, Now.AddMonths(6), Now).Value;

        Assert.Equal(
            (request.OrganisationId, request.Id, request.MandatorId, "Dr Jean Dupont", Mandatary, "Claire Martin", "claire.martin@cabinet.fr", "vault"),
            (mandate.OrganisationId, mandate.RequestId, mandate.MandatorId, mandate.MandatorName, mandate.MandataryId, mandate.MandataryName, mandate.MandataryEmail, mandate.ServiceCode));
        Assert.Equal((Now, Now.AddMonths(6), null, null, null), (mandate.StartsAt, mandate.EndsAt, mandate.RevokedAt, mandate.RevokedById, mandate.RevokedBy));
        Assert.NotEqual(Guid.Empty, mandate.Id);
    }

    [Fact]
    public void A_request_approved_after_its_last_day_gives_no_mandate()
    {
        Assert.Equal("mandate-end-passed", Mandate.From(Approved(), Mandatary, Now, Now).Error!.Code);
        Assert.Equal("mandate-end-passed", Mandate.From(Approved(), Mandatary, Now.AddTicks(-1), Now).Error!.Code);
        Assert.True(Mandate.From(Approved(), Mandatary, Now.AddTicks(1), Now).IsSuccess);
    }

    [Fact]
    public void A_mandate_is_in_force_until_its_end_exclusive()
    {
        var mandate = Give(Now.AddDays(10));

        Assert.True(mandate.IsActive(Now));
        Assert.True(mandate.IsActive(Now.AddDays(10).AddTicks(-1)));
        Assert.False(mandate.IsActive(Now.AddDays(10)));
    }

    [Fact]
    public void A_renewal_moves_the_end_later_and_no_further_than_the_latest_day()
    {
        var mandate = Give(Now.AddDays(10));
        var latest = Now.AddYears(1);

        Assert.Equal("mandate-renewal-invalid", mandate.Renew(Now.AddDays(10), latest, Now).Error!.Code);
        Assert.Equal("mandate-renewal-invalid", mandate.Renew(Now.AddDays(5), latest, Now).Error!.Code);
        Assert.Equal("mandate-renewal-invalid", mandate.Renew(latest.AddTicks(1), latest, Now).Error!.Code);
        Assert.Equal(Now.AddDays(10), mandate.EndsAt);

        Assert.True(mandate.Renew(latest, latest, Now).IsSuccess);
        Assert.Equal(latest, mandate.EndsAt);
    }

    [Fact]
    public void A_mandate_past_its_end_or_revoked_is_neither_renewed_nor_revoked_again()
    {
        var ended = Give(Now.AddDays(10));
        Assert.Equal("mandate-not-active", ended.Renew(Now.AddDays(20), Now.AddYears(1), Now.AddDays(10)).Error!.Code);
        Assert.Equal("mandate-not-active", ended.Revoke(Guid.NewGuid(), MandateRevoker.Mandator, Now.AddDays(10)).Error!.Code);
        Assert.Null(ended.RevokedAt);

        var revoked = Give(Now.AddDays(10));
        var mandator = Guid.NewGuid();
        Assert.True(revoked.Revoke(mandator, MandateRevoker.Mandatary, Now.AddDays(1)).IsSuccess);
        Assert.Equal((Now.AddDays(1), mandator, MandateRevoker.Mandatary), (revoked.RevokedAt, revoked.RevokedById, revoked.RevokedBy));
        Assert.False(revoked.IsActive(Now.AddDays(1)));
        Assert.Equal("mandate-not-active", revoked.Revoke(Guid.NewGuid(), MandateRevoker.BackOffice, Now.AddDays(2)).Error!.Code);
        Assert.Equal("mandate-not-active", revoked.Renew(Now.AddDays(20), Now.AddYears(1), Now.AddDays(2)).Error!.Code);
        Assert.Equal((mandator, MandateRevoker.Mandatary, Now.AddDays(10)), (revoked.RevokedById!.Value, revoked.RevokedBy!.Value, revoked.EndsAt));
    }

    internal static Mandate Give(DateTimeOffset endsAt, DateTimeOffset? at = null, Guid? mandatary = null, MandateRequest? request = null) =>
        Mandate.From(request ?? Approved(), mandatary ?? Mandatary, endsAt, at ?? Now).Value;

    internal static MandateRequest Approved(Guid? organisation = null, Guid? mandator = null, string service = "vault")
    {
        var drawn = new SignatureRecord(SignatureKind.Drawn, "blob-1", "image/png", Now);
        var part = new MandatorPart(
            organisation ?? Guid.NewGuid(), mandator ?? Guid.NewGuid(), "Dr Jean Dupont", "jean.dupont@cabinet.fr", Vault with { Code = service }, StaffCategory.Administrative,
            "Claire Martin", "claire@cabinet.fr", DateOnly.FromDateTime(Now.Date).AddMonths(6), "fr", DateOnly.FromDateTime(Now.Date));
        var request = MandateRequest.Start(part, drawn, "hash", Now).Value;
        Assert.True(request.CompleteMandataryPart("Claire.Martin@cabinet.fr", drawn, Now).IsSuccess);
        Assert.True(request.Approve(Guid.NewGuid(), Mandatary, Now).IsSuccess);
        return request;
    }
}
