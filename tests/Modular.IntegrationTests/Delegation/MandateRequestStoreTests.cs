using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Delegation.Domain.Requests;
using Modular.Delegation.Domain.Signatures;
using Modular.Delegation.Infrastructure.Persistence;
using Modular.SharedKernel.Delegation;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Delegation;

public sealed class MandateRequestStoreOnSqliteTests(ModularHostFactory host) : MandateRequestStoreTests(host), IClassFixture<ModularHostFactory>;

public sealed class MandateRequestStoreOnPostgreSqlTests(PostgreSqlHostFactory host) : MandateRequestStoreTests(host), IClassFixture<PostgreSqlHostFactory>;

/// <summary>
/// The Delegation module's store on both providers, migrated as the Host starts: a mandate request
/// comes back as it was kept, both signatures with it (a digital one with its certificate's subject
/// and validity), its state, and its place in the queue.
/// </summary>
public abstract class MandateRequestStoreTests(ModularHostFactory host)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_mandate_request_is_kept_with_both_signatures_and_its_place_in_the_queue()
    {
        var service = new DelegableService("vault", "Coffre", "Vault", [StaffCategory.Administrative], ["vault.read"]);
        var part = new MandatorPart(
            Guid.NewGuid(), Guid.NewGuid(), "Dr Jean Dupont", "jean.dupont@cabinet.fr", service, StaffCategory.Administrative, "Claire Martin", "claire@cabinet.fr",
            DateOnly.FromDateTime(Now.Date).AddMonths(12), "fr", DateOnly.FromDateTime(Now.Date));
        var request = MandateRequest.Start(
            part, new SignatureRecord(SignatureKind.Digital, "p7s-1", "application/pkcs7-signature", Now, "CN=Dr Jean Dupont, O=Cabinet Démo", Now.AddYears(1), "pdf-1"), new string('a', 64), Now).Value;
        Assert.True(request.CompleteMandataryPart("Claire.Martin@cabinet.fr", new SignatureRecord(SignatureKind.Drawn, "png-1", "image/png", Now.AddDays(2)), Now.AddDays(2)).IsSuccess);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<DelegationDbContext>();
            context.MandateRequests.Add(request);
            await context.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<DelegationDbContext>();
            var queued = await context.MandateRequests.AsNoTracking()
                .Where(r => r.Status == MandateRequestStatus.AwaitingReview && r.ReceivedAt >= Now.AddDays(1))
                .OrderBy(r => r.ReceivedAt)
                .FirstAsync(r => r.Id == request.Id, TestContext.Current.CancellationToken);

            Assert.Equal(("vault", StaffCategory.Administrative, "Claire Martin", "claire.martin@cabinet.fr"), (queued.ServiceCode, queued.Category, queued.MandataryName, queued.MandataryEmail));
            Assert.Equal(new SignatureRecord(SignatureKind.Digital, "p7s-1", "application/pkcs7-signature", Now, "CN=Dr Jean Dupont, O=Cabinet Démo", Now.AddYears(1), "pdf-1"), queued.MandatorSignature);
            Assert.Equal(new SignatureRecord(SignatureKind.Drawn, "png-1", "image/png", Now.AddDays(2)), queued.MandatarySignature);
            Assert.Equal((Now.AddDays(30), Now.AddDays(2)), (queued.ExpiresAt, queued.ReceivedAt));
        }
    }

    [Fact]
    public async Task A_request_awaiting_its_mandators_digital_signature_is_kept_without_signature_or_link()
    {
        var service = new DelegableService("vault", "Coffre", "Vault", [StaffCategory.Administrative], ["vault.read"]);
        var part = new MandatorPart(
            Guid.NewGuid(), Guid.NewGuid(), "Dr Jean Dupont", "jean.dupont@cabinet.fr", service, StaffCategory.Administrative, "Claire Martin", "claire@cabinet.fr",
            DateOnly.FromDateTime(Now.Date).AddMonths(12), "fr", DateOnly.FromDateTime(Now.Date));
        var (first, second) = (MandateRequest.StartUnsigned(part, Now).Value, MandateRequest.StartUnsigned(part, Now).Value);
        first.AwaitSignatureOf("pdf-to-sign");

        await using (var scope = host.Services.CreateAsyncScope())
        {
            // Two requests without a link yet: the link's unique index holds no value for either.
            var context = scope.ServiceProvider.GetRequiredService<DelegationDbContext>();
            context.MandateRequests.AddRange(first, second);
            await context.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<DelegationDbContext>();
            var kept = await context.MandateRequests.AsNoTracking().SingleAsync(r => r.Id == first.Id, TestContext.Current.CancellationToken);
            Assert.Equal((MandateRequestStatus.AwaitingMandatorSignature, null, null, null, "pdf-to-sign"), (kept.Status, kept.MandatorSignature, kept.MandatarySignature, kept.LinkHash, kept.DocumentToSign));
        }
    }
}
