using Microsoft.AspNetCore.Identity;
using Modular.Identity.Application.Ports;

namespace Modular.Identity.Infrastructure.Accounts;

/// <summary>
/// The password and second-factor steps of a browser sign-in. Identity's own lockout is not used
/// (anyone could set it off for anyone): the throttle of the Application layer stands in for it,
/// and an account's lock is only ever an administrator's.
/// </summary>
internal sealed class SignInService(ModularSignInManager signIn, UserManager<ApplicationUser> users, IPasswordHasher<ApplicationUser> hasher, TimeProvider time)
    : ISignInService
{
    // Hashing a password for an unknown account takes as long as for a known one, so timing tells nothing.
    private static readonly ApplicationUser NobodyUser = new() { Id = Guid.Empty, UserName = "nobody" };

    public async Task<SignInAttempt> PasswordSignInAsync(string email, string password, bool rememberMe, CancellationToken cancellationToken)
    {
        var user = await FindAsync(email);
        if (user is null)
        {
            hasher.HashPassword(NobodyUser, password);
            return new SignInAttempt(SignInStatus.Failed);
        }

        // The password first, whatever the account's state: a locked or deactivated account answers
        // as a wrong password does, after as long.
        var passwordRight = await users.CheckPasswordAsync(user, password);
        if (!passwordRight || !await MaySignInAsync(user))
        {
            return new SignInAttempt(SignInStatus.Failed);
        }

        return ToAttempt(await signIn.SignInOrAskSecondFactorAsync(user, rememberMe), user);
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
        return ToAttempt(result, user);
    }

    public async Task<string?> PendingTwoFactorEmailAsync(CancellationToken cancellationToken) =>
        (await signIn.GetTwoFactorAuthenticationUserAsync())?.Email;

    public async Task SignInProvedAccountAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId.ToString()) is { } user && await MaySignInAsync(user))
        {
            await signIn.SignInAsync(user, isPersistent: false);
        }
    }

    public async Task RefreshSignInAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId.ToString()) is { } user)
        {
            await signIn.RefreshSignInAsync(user);
        }
    }

    public Task SignOutAsync(CancellationToken cancellationToken) => signIn.SignOutAsync();

    /// <summary>
    /// The account an identifier names: an email, or the username of an account made for a mandatary.
    /// Such an account answers to its username only: its email alone, which receives the temporary
    /// password, must not be enough to sign in.
    /// </summary>
    private async Task<ApplicationUser?> FindAsync(string identifier)
    {
        if (!identifier.Contains('@', StringComparison.Ordinal))
        {
            return await users.FindByNameAsync(identifier);
        }

        var user = await users.FindByEmailAsync(identifier);
        return user is not null && user.NormalizedUserName == user.NormalizedEmail ? user : null;
    }

    private async Task<bool> MaySignInAsync(ApplicationUser user) =>
        await signIn.CanSignInAsync(user) && !(user.LockoutEnd is { } end && end > time.GetUtcNow());

    private static SignInAttempt ToAttempt(SignInResult result, ApplicationUser user) => result switch
    {
        { Succeeded: true } => new SignInAttempt(SignInStatus.Succeeded, MustChangePassword: user.MustChangePassword, PreferredLanguage: user.PreferredLanguage, UserId: user.Id),
        { RequiresTwoFactor: true } => new SignInAttempt(SignInStatus.RequiresTwoFactor),
        _ => new SignInAttempt(SignInStatus.Failed),
    };
}
