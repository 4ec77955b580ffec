using MediatR;
using Modular.Delegation.Contracts;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts;
using Modular.Identity.Domain.SignIn;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Account;

/// <summary>
/// The one place that applies <see cref="SharedCredentials"/> after a successful sign-in: records it
/// with the signals it raises; when the account is a mandatary's (made for a mandate, or holding one)
/// and the signals of the day reach the threshold, deactivates it (sessions ended, tokens revoked)
/// and tells the mandatary and their mandators why.
/// </summary>
internal sealed class SharedCredentialWatch(ISignInLog log, IAccountStore accounts, ISharedCredentialSettings settings, IMediator mediator, TimeProvider time)
{
    /// <summary>True when this sign-in ended the account.</summary>
    public async Task<bool> DeactivatedAsync(Guid userId, string? address, string? device, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var trace = new SignInTrace(userId, now, address, device);
        var earlier = await log.RecentAsync(userId, now - SharedCredentials.DistantWindow, cancellationToken);
        var signals = SharedCredentials.Signals(trace, earlier);
        await log.RecordAsync(trace, signals, cancellationToken);
        if (signals.Count == 0)
        {
            return false;
        }

        var count = await log.CountSignalsAsync(userId, now - SharedCredentials.CountingWindow, cancellationToken);
        if (!SharedCredentials.Reached(count, settings.Threshold) || !await IsMandataryAsync(userId, cancellationToken)
            || await accounts.FindContactAsync(userId, cancellationToken) is not { } contact)
        {
            return false;
        }

        var detected = new SharedCredentialsDetectedIntegrationEvent(
            Guid.CreateVersion7(now), now, userId, contact.Email, contact.DisplayName, contact.PreferredLanguage, string.Join("\n", signals.Select(s => $"{s.Kind}: {s.Evidence}")));
        var deactivated = await accounts.SetActiveAsync(userId, active: false, detected, cancellationToken);
        return deactivated.IsSuccess;
    }

    private async Task<bool> IsMandataryAsync(Guid userId, CancellationToken cancellationToken) =>
        await accounts.HasOwnUserNameAsync(userId, cancellationToken)
        || (await mediator.Send(new IsMandataryQuery(userId), cancellationToken)).OrThrow($"Reading whether {userId} holds a mandate");
}
