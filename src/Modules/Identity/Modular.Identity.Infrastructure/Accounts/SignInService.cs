using Microsoft.AspNetCore.Identity;
using Modular.Identity.Application.Ports;

namespace Modular.Identity.Infrastructure.Accounts;

internal sealed class SignInService(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, IPasswordHasher<ApplicationUser> hasher)
    : ISignInService
{
    // Hashing a password for an unknown account takes as long as for a known one, so timing tells nothing.
    private static readonly ApplicationUser NobodyUser = new() { Id = Guid.Empty, UserName = "nobody" };

    public async Task<SignInAttempt> PasswordSignInAsync(string email, string password, bool rememberMe, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            hasher.HashPassword(NobodyUser, password);
            return new SignInAttempt(SignInStatus.Failed);
        }

        var result = await signIn.PasswordSignInAsync(user, password, rememberMe, lockoutOnFailure: true);
        return ToAttempt(result, user);
    }

    public async Task<SignInAttempt> TwoFactorSignInAsync(string code, bool isRecoveryCode, bool rememberMachine, CancellationToken cancellationToken)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return new SignInAttempt(SignInStatus.SessionExpired);
        }

        var result = isRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: rememberMachine);
        if (!result.Succeeded && !result.IsLockedOut && isRecoveryCode)
        {
            // Identity does not count wrong recovery codes toward lockout; we do.
            await users.AccessFailedAsync(user);
            if (await users.IsLockedOutAsync(user))
            {
                return new SignInAttempt(SignInStatus.LockedOut, user.LockoutEnd);
            }
        }

        return ToAttempt(result, user);
    }

    public async Task RefreshSignInAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId.ToString()) is { } user)
        {
            await signIn.RefreshSignInAsync(user);
        }
    }

    public Task SignOutAsync(CancellationToken cancellationToken) => signIn.SignOutAsync();

    private static SignInAttempt ToAttempt(SignInResult result, ApplicationUser user) => result switch
    {
        { Succeeded: true } => new SignInAttempt(SignInStatus.Succeeded, MustChangePassword: user.MustChangePassword, PreferredLanguage: user.PreferredLanguage),
        { RequiresTwoFactor: true } => new SignInAttempt(SignInStatus.RequiresTwoFactor),
        { IsLockedOut: true } => new SignInAttempt(SignInStatus.LockedOut, user.LockoutEnd),
        { IsNotAllowed: true } => new SignInAttempt(SignInStatus.NotAllowed),
        _ => new SignInAttempt(SignInStatus.Failed),
    };
}
