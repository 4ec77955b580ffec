using Modular.Identity.Application.Ports;
using Modular.Identity.Domain.SignIn;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Account;

/// <summary>
/// The one place that applies <see cref="SignInThrottle"/> to a sign-in step (password, second
/// factor): refuses while the account is throttled for this address, records each failure, and
/// alerts the owner the moment a failure makes the account throttled. A sign-in that succeeds is
/// shown to the shared-credential watch, which may end it (and the account) there.
/// </summary>
internal sealed class SignInGate(ISignInFailureStore failures, SharedCredentialWatch watch, ISignInService signIn, TimeProvider time)
{
    public async Task<Result<SignInAttempt>> PassAsync(
        string email, string? remoteAddress, Func<Task<SignInAttempt>> attempt, CancellationToken cancellationToken, string? device = null)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var key = SignInFailure.KeyOf(email);
        var address = string.IsNullOrWhiteSpace(remoteAddress) ? null : remoteAddress.Trim();
        var now = time.GetUtcNow();
        var recent = await failures.RecentAsync(key, address, now - SignInThrottle.Horizon, cancellationToken);
        if (SignInThrottle.RetryAfter(recent, now) is { } wait)
        {
            await failures.RecordAsync(new SignInFailure(key, address, now, refused: true), cancellationToken);
            return IdentityErrors.SignInThrottled(wait);
        }

        var outcome = await attempt();
        if (outcome.Status is SignInStatus.Failed)
        {
            await failures.RecordAsync(new SignInFailure(key, address, now, refused: false), cancellationToken);
            var after = new RecentSignInFailures([.. recent.FromAddress, now], [.. recent.Checked, now]);
            if (SignInThrottle.RetryAfter(after, now) is not null)
            {
                await failures.AlertOwnerAsync(key, address, now, cancellationToken);
            }
        }

        if (outcome is { Status: SignInStatus.Succeeded, UserId: { } userId } && await watch.DeactivatedAsync(userId, address, device, cancellationToken))
        {
            await signIn.SignOutAsync(cancellationToken);
            return IdentityErrors.SharedCredentialsDeactivated;
        }

        return outcome;
    }
}
