using Microsoft.EntityFrameworkCore;
using Modular.Identity.Application.Ports;
using Modular.Identity.Domain.SignIn;
using Modular.Identity.Infrastructure.Persistence;

namespace Modular.Identity.Infrastructure.Accounts;

internal sealed class SignInLog(IdentityDbContext context) : ISignInLog
{
    public async Task<IReadOnlyList<SignInTrace>> RecentAsync(Guid userId, DateTimeOffset since, CancellationToken cancellationToken) =>
        await context.SignInTraces.AsNoTracking().Where(t => t.UserId == userId && t.At > since).ToListAsync(cancellationToken);

    public async Task RecordAsync(SignInTrace trace, IReadOnlyList<CredentialSignal> signals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(signals);
        context.SignInTraces.Add(trace);
        context.CredentialSignals.AddRange(signals);
        await context.SaveChangesAsync(cancellationToken);
        context.Entry(trace).State = EntityState.Detached;
        foreach (var signal in signals)
        {
            context.Entry(signal).State = EntityState.Detached;
        }

        // Sign-ins serve only to be compared within the hour; the signals stay, as evidence.
        var forgotten = trace.At - SharedCredentials.DistantWindow - TimeSpan.FromHours(1);
        await context.SignInTraces.Where(t => t.At < forgotten).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task SettleAsync(Guid userId, CancellationToken cancellationToken)
    {
        await context.CredentialSignals.Where(s => s.UserId == userId && !s.Settled).ExecuteUpdateAsync(set => set.SetProperty(s => s.Settled, true), cancellationToken);
        await context.SignInTraces.Where(t => t.UserId == userId).ExecuteDeleteAsync(cancellationToken);
    }

    public Task<int> CountSignalsAsync(Guid userId, DateTimeOffset since, CancellationToken cancellationToken) =>
        context.CredentialSignals.CountAsync(s => s.UserId == userId && !s.Settled && s.At > since, cancellationToken);

    public async Task<IReadOnlyList<CredentialSignal>> SignalsAsync(Guid userId, int take, CancellationToken cancellationToken) =>
        await context.CredentialSignals.AsNoTracking().Where(s => s.UserId == userId).OrderByDescending(s => s.At).Take(take).ToListAsync(cancellationToken);
}
