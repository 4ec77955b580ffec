using Modular.Identity.Application.Ports;
using Modular.Identity.Domain.SignIn;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Account;

/// <summary>
/// The one place that applies <see cref="SignInThrottle"/> to a sign-in step (password, second
/// factor): refuses while the account is throttled for this address, records each failure, and
/// alerts the owner the moment a failure makes the account throttled.
/// </summary>
internal sealed class SignInGate(ISignInFailureStore failures, TimeProvider time)
{
    public async Task<Result<SignInAttempt>> PassAsync(string email, string? remoteAddress, Func<Task<SignInAttempt>> attempt, CancellationToken cancellationToken)
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

        return outcome;
    }
}
