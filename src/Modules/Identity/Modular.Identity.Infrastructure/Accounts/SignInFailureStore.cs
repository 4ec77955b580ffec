using Microsoft.EntityFrameworkCore;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts;
using Modular.Identity.Domain.SignIn;
using Modular.Identity.Infrastructure.Persistence;

namespace Modular.Identity.Infrastructure.Accounts;

internal sealed class SignInFailureStore(IdentityDbContext context, TimeProvider time) : ISignInFailureStore
{
    public async Task<RecentSignInFailures> RecentAsync(string accountKey, string? remoteAddress, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var rows = await context.SignInFailures.AsNoTracking()
            .Where(f => f.AccountKey == accountKey && f.At > since)
            .Select(f => new { f.At, f.RemoteAddress, f.Refused })
            .ToListAsync(cancellationToken);
        return new RecentSignInFailures(
            [.. rows.Where(r => r.RemoteAddress == remoteAddress).Select(r => r.At)],
            [.. rows.Where(r => !r.Refused).Select(r => r.At)]);
    }

    public async Task RecordAsync(SignInFailure failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);
        context.SignInFailures.Add(failure);
        await context.SaveChangesAsync(cancellationToken);
        var forgotten = failure.At - SignInThrottle.Horizon;
        await context.SignInFailures.Where(f => f.At <= forgotten).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task AlertOwnerAsync(string accountKey, string? remoteAddress, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var user = await context.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == accountKey, cancellationToken);
        if (user is not { IsActive: true, Email: { } email } || user.LastSignInAlertAt > now - SignInThrottle.AlertInterval)
        {
            return;
        }

        user.LastSignInAlertAt = now;
        context.Enqueue(new SignInThrottledIntegrationEvent(Guid.CreateVersion7(time.GetUtcNow()), now, user.Id, email, user.PreferredLanguage, remoteAddress));
        await context.SaveChangesAsync(cancellationToken);
    }
}
