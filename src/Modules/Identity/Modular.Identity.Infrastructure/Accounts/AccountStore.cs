using Modular.SharedKernel.Specifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.Identity.Application;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.Identity.Contracts;
using Modular.Identity.Contracts.Admin;
using Modular.Identity.Contracts.Mandataries;
using Modular.Identity.Domain.Accounts;
using Modular.Identity.Infrastructure.Persistence;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using OpenIddict.Abstractions;

namespace Modular.Identity.Infrastructure.Accounts;

internal sealed class AccountStore(
    UserManager<ApplicationUser> users,
    IUserStore<ApplicationUser> store,
    IdentityDbContext context,
    IOpenIddictTokenManager tokens,
    IOpenIddictAuthorizationManager authorizations,
    TimeProvider time) : IAccountStore
{
    private const string AuthenticatorIssuer = "Modular";

    // Where ASP.NET Core Identity's user store keeps the authenticator key: a row of AspNetUserTokens
    // under these names (the store's own constants are private).
    private const string AuthenticatorKeyLoginProvider = "[AspNetUserStore]";
    private const string AuthenticatorKeyTokenName = "AuthenticatorKey";

    public async Task<AccountDto?> FindAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return null;
        }

        var organisation = user.OrganisationId is { } id ? await context.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) : null;
        return new AccountDto(
            user.Id,
            user.Email!,
            user.DisplayName,
            user.OrganisationId,
            organisation?.Name,
            [.. await users.GetRolesAsync(user)],
            PersonalIdentificationCode.TryParse(user.PersonalCode)?.ToString() ?? user.PersonalCode,
            user.TwoFactorEnabled,
            await users.CountRecoveryCodesAsync(user),
            user.MustChangePassword,
            user.PreferredLanguage);
    }

    public async Task<AccountContactDto?> FindContactAsync(Guid userId, CancellationToken cancellationToken) =>
        await context.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new AccountContactDto(u.Id, u.Email!, u.DisplayName, u.PreferredLanguage, u.OrganisationId, u.DeactivatedAt == null, u.TwoFactorEnabled))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<AccountSummaryDto?> FindByPersonalCodeAsync(string code, CancellationToken cancellationToken) =>
        await context.Users.AsNoTracking()
            .Where(u => u.PersonalCode == code)
            .Select(u => new AccountSummaryDto(u.Id, u.Email!, u.DisplayName, u.OrganisationId, u.DeactivatedAt == null))
            .FirstOrDefaultAsync(cancellationToken);

    public Task<bool> EmailExistsAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = users.NormalizeEmail(email);
        return context.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken);
    }

    public async Task<EmailOwnerDto> FindEmailOwnerAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = users.NormalizeEmail(email);
        var owner = await context.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail == normalized)
            .Select(u => new
            {
                u.Id,
                u.OrganisationId,
                IsAgent = context.UserRoles.Where(ur => ur.UserId == u.Id).Join(context.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).Any(n => n == IdentityRoles.Agent),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return owner is null ? new EmailOwnerDto(false, null, null, false) : new EmailOwnerDto(true, owner.Id, owner.OrganisationId, owner.IsAgent);
    }

    public Task<bool> UserNameExistsAsync(string userName, CancellationToken cancellationToken)
    {
        var normalized = users.NormalizeName(userName);
        return context.Users.AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken);
    }

    public async Task RequirePasswordChangeAsync(Guid userId, CancellationToken cancellationToken) =>
        await context.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(set => set.SetProperty(u => u.MustChangePassword, true), cancellationToken);

    public Task<bool> HasOwnUserNameAsync(Guid userId, CancellationToken cancellationToken) =>
        context.Users.AnyAsync(u => u.Id == userId && u.NormalizedUserName != u.NormalizedEmail, cancellationToken);

    public Task<bool> PersonalCodeExistsAsync(string code, CancellationToken cancellationToken) =>
        context.Users.AnyAsync(u => u.PersonalCode == code, cancellationToken);

    public async Task<Result<Guid>> CreateAsync(NewAccount account, string password, IReadOnlyList<IIntegrationEvent> events, CancellationToken cancellationToken)
    {
        var user = new ApplicationUser
        {
            Id = account.Id,
            UserName = account.UserName ?? account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            DisplayName = account.DisplayName,
            OrganisationId = account.OrganisationId,
            PersonalCode = account.PersonalCode,
            MustChangePassword = account.MustChangePassword,
            PreferredLanguage = account.PreferredLanguage,
            CreatedAt = time.GetUtcNow(),
        };

        // Account, role and events are committed together or not at all.
        await using var transaction = await context.Database.BeginModuleTransactionAsync(cancellationToken);
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, account.Role);
        }

        if (!result.Succeeded)
        {
            return ToError(result);
        }

        foreach (var integrationEvent in events)
        {
            context.Enqueue(integrationEvent);
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return user.Id;
    }

    public async Task<PagedList<UserSummaryDto>> SearchAsync(string? search, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = context.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%";
            query = query.Where(u => EF.Functions.Like(u.Email!, pattern) || EF.Functions.Like(u.DisplayName, pattern));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderBy(u => u.Email)
            .Skip(Paging.Skip(page, pageSize))
            .Take(pageSize)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                u.OrganisationId,
                u.DeactivatedAt,
                u.LockoutEnd,
                u.TwoFactorEnabled,
                u.MustChangePassword,
                Signals = context.CredentialSignals.Count(s => s.UserId == u.Id),
                Roles = context.UserRoles.Where(ur => ur.UserId == u.Id).Join(context.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(cancellationToken);
        var organisationNames = await context.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var now = time.GetUtcNow();
        var items = rows.Select(u => new UserSummaryDto(
                u.Id,
                u.Email!,
                u.DisplayName,
                u.OrganisationId is { } id ? organisationNames.GetValueOrDefault(id) : null,
                u.Roles,
                u.DeactivatedAt is null,
                u.LockoutEnd > now ? u.LockoutEnd : null,
                u.TwoFactorEnabled,
                u.MustChangePassword) { SignalCount = u.Signals })
            .ToList();
        return new PagedList<UserSummaryDto>(items, page, pageSize, total);
    }

    public async Task<IReadOnlyList<OrganisationMemberDto>> ListMembersAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var rows = await context.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId)
            .OrderBy(u => u.DisplayName)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                u.DeactivatedAt,
                Roles = context.UserRoles.Where(ur => ur.UserId == u.Id).Join(context.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(u => new OrganisationMemberDto(u.Id, u.Email!, u.DisplayName, u.Roles, u.DeactivatedAt is null))];
    }

    public async Task<IReadOnlyDictionary<Guid, int>> CountMembersAsync(CancellationToken cancellationToken) =>
        await context.Users.AsNoTracking()
            .Where(u => u.OrganisationId != null)
            .GroupBy(u => u.OrganisationId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    public async Task<Result> ChangePasswordAsync(Guid userId, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return IdentityErrors.UserNotFound;
        }

        if (!await users.CheckPasswordAsync(user, currentPassword))
        {
            return IdentityErrors.WrongPassword;
        }

        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            return ToError(result);
        }

        user.MustChangePassword = false;
        return ToResult(await users.UpdateAsync(user));
    }

    public async Task<Result> SetPreferredLanguageAsync(Guid userId, string language, CancellationToken cancellationToken) =>
        await context.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.PreferredLanguage, language), cancellationToken) == 1
            ? Result.Success()
            : IdentityErrors.UserNotFound;

    public async Task<bool> CheckPasswordAsync(Guid userId, string password, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(userId.ToString()) is { } user && await users.CheckPasswordAsync(user, password);

    public async Task<Result> SetLockedAsync(Guid userId, bool locked, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return IdentityErrors.UserNotFound;
        }

        if (!locked)
        {
            await users.ResetAccessFailedCountAsync(user);
            return ToResult(await users.SetLockoutEndDateAsync(user, null));
        }

        var result = await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        if (result.Succeeded)
        {
            await EndSessionsAsync(user, cancellationToken);
        }

        return ToResult(result);
    }

    public async Task<Result> SetActiveAsync(Guid userId, bool active, IIntegrationEvent? changed, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return IdentityErrors.UserNotFound;
        }

        if (user.IsActive == active)
        {
            return Result.Success();
        }

        user.DeactivatedAt = active ? null : time.GetUtcNow();
        if (changed is not null)
        {
            context.Enqueue(changed);
        }

        // UpdateAsync saves the account and the outbox event in one SaveChanges.
        var result = await users.UpdateAsync(user);
        if (result.Succeeded && !active)
        {
            await EndSessionsAsync(user, cancellationToken);
        }

        return ToResult(result);
    }

    public async Task<Result> ResetMfaAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return IdentityErrors.UserNotFound;
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0); // forgets the old codes
        return ToResult(await users.ResetAuthenticatorKeyAsync(user));
    }

    // While MFA is off, the stored authenticator key is the pending enrolment's: it is kept until a
    // code confirms it or the person cancels, so that an app set up with it keeps working after a
    // wrong code or a reload. (A key left by turning MFA off was never shown, so reusing it is safe.)
    public async Task<Result<MfaEnrolmentDto>> StartMfaEnrolmentAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return IdentityErrors.UserNotFound;
        }

        if (user.TwoFactorEnabled)
        {
            return IdentityErrors.MfaAlreadyEnabled;
        }

        if (await users.GetAuthenticatorKeyAsync(user) is { Length: > 0 } pending)
        {
            return Enrolment(user, pending);
        }

        // UserManager.ResetAuthenticatorKeyAsync would also renew the security stamp, which signs the
        // person out everywhere else: the key is set through the store and saved without touching it.
        var key = users.GenerateNewAuthenticatorKey();
        await AuthenticatorKeys.SetAuthenticatorKeyAsync(user, key, cancellationToken);
        var saved = await users.UpdateAsync(user);
        return saved.Succeeded ? Enrolment(user, key) : ToError(saved);
    }

    public async Task<Result<MfaEnrolmentDto>> FindMfaEnrolmentAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return IdentityErrors.UserNotFound;
        }

        return !user.TwoFactorEnabled && await users.GetAuthenticatorKeyAsync(user) is { Length: > 0 } key
            ? Enrolment(user, key)
            : IdentityErrors.MfaEnrolmentNotStarted;
    }

    public async Task<Result<IReadOnlyList<string>>> ConfirmMfaEnrolmentAsync(Guid userId, string code, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return IdentityErrors.UserNotFound;
        }

        if (user.TwoFactorEnabled)
        {
            return IdentityErrors.MfaAlreadyEnabled;
        }

        if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)))
        {
            return IdentityErrors.MfaEnrolmentNotStarted;
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return IdentityErrors.MfaCodeInvalid; // the key stays: the next code from the same app may be right
        }

        // Turning MFA on renews the security stamp: the only step of enrolment that ends other sessions.
        var enabled = await users.SetTwoFactorEnabledAsync(user, true);
        if (!enabled.Succeeded)
        {
            return ToError(enabled);
        }

        return Result<IReadOnlyList<string>>.Success([.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []]);
    }

    public async Task<Result> CancelMfaEnrolmentAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return IdentityErrors.UserNotFound;
        }

        if (user.TwoFactorEnabled)
        {
            return IdentityErrors.MfaAlreadyEnabled; // the key in use is not an enrolment to cancel
        }

        return ToResult(await users.RemoveAuthenticationTokenAsync(user, AuthenticatorKeyLoginProvider, AuthenticatorKeyTokenName));
    }

    public async Task DisableMfaAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new InvalidOperationException("The signed-in account no longer exists.");
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0); // forgets the old codes
        await users.ResetAuthenticatorKeyAsync(user);
    }

    public async Task<IReadOnlyList<string>> RegenerateRecoveryCodesAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new InvalidOperationException("The signed-in account no longer exists.");
        return [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
    }

    /// <summary>Ends every session (the cookie's security stamp) and every token of the account.</summary>
    private async Task EndSessionsAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        await users.UpdateSecurityStampAsync(user);
        var subject = user.Id.ToString();
        await tokens.RevokeBySubjectAsync(subject, cancellationToken);
        await authorizations.RevokeBySubjectAsync(subject, cancellationToken);
    }

    private IUserAuthenticatorKeyStore<ApplicationUser> AuthenticatorKeys =>
        store as IUserAuthenticatorKeyStore<ApplicationUser> ?? throw new InvalidOperationException("The user store keeps no authenticator keys.");

    private static MfaEnrolmentDto Enrolment(ApplicationUser user, string key)
    {
        var issuer = Uri.EscapeDataString(AuthenticatorIssuer);
        return new MfaEnrolmentDto(FormatKey(key), $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={issuer}&digits=6");
    }

    private static string FormatKey(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(chunk => new string(chunk)));

    private static Result ToResult(IdentityResult result) => result.Succeeded ? Result.Success() : ToError(result);

    internal static Error ToError(IdentityResult result)
    {
        var messages = result.Errors.Select(e => e.Description).ToArray();
        return Error.Validation(new Dictionary<string, string[]> { ["Password"] = messages }, string.Join(" ", messages));
    }
}
