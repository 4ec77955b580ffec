using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts;
using Modular.Identity.Infrastructure.Persistence;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Infrastructure.Accounts;

/// <summary>
/// Pending accounts (<c>EmailConfirmed</c> false) and the 6-digit codes that prove their address:
/// Identity's email token provider (time-based, tied to the account's security stamp, so a code works
/// once and for a few minutes). A pending account cannot sign in (<see cref="ModularSignInManager"/>).
/// </summary>
internal sealed class ExternalRegistration(
    IdentityDbContext context, UserManager<ApplicationUser> users, ISecretProtector secrets, TimeProvider time)
    : IExternalRegistration
{
    private const string Purpose = "external-registration";

    public async Task<Result> RequestAsync(NewAccount account, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);

        // The policy first, for every address alike: an answer that differed would tell which exist.
        var candidate = new ApplicationUser { Id = account.Id, UserName = account.Email, Email = account.Email };
        foreach (var validator in users.PasswordValidators)
        {
            var valid = await validator.ValidateAsync(users, candidate, password);
            if (!valid.Succeeded)
            {
                return AccountStore.ToError(valid);
            }
        }

        var now = time.GetUtcNow();
        var existing = await users.FindByEmailAsync(account.Email);
        if (existing is { EmailConfirmed: true })
        {
            context.Enqueue(new EmailAlreadyRegisteredIntegrationEvent(Guid.CreateVersion7(now), now, existing.Email!, account.PreferredLanguage));
            await context.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }

        await using var transaction = await context.Database.BeginModuleTransactionAsync(cancellationToken);
        ApplicationUser user;
        if (existing is not null)
        {
            // A registration left pending is replaced: no one can hold an address they never proved.
            user = existing;
            user.DisplayName = account.DisplayName;
            user.PreferredLanguage = account.PreferredLanguage;
            user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
            var updated = await users.UpdateSecurityStampAsync(user);
            if (!updated.Succeeded)
            {
                return AccountStore.ToError(updated);
            }
        }
        else
        {
            user = new ApplicationUser
            {
                Id = account.Id,
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = false,
                DisplayName = account.DisplayName,
                OrganisationId = null,
                PersonalCode = account.PersonalCode,
                PreferredLanguage = account.PreferredLanguage,
                CreatedAt = now,
            };
            var created = await users.CreateAsync(user, password);
            if (created.Succeeded)
            {
                created = await users.AddToRoleAsync(user, account.Role);
            }

            if (!created.Succeeded)
            {
                return AccountStore.ToError(created);
            }
        }

        var code = await users.GenerateUserTokenAsync(user, TokenOptions.DefaultEmailProvider, Purpose);
        context.Enqueue(new EmailCodeRequestedIntegrationEvent(Guid.CreateVersion7(now), now, user.Id, user.Email!, account.PreferredLanguage, secrets.Protect(code)));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success();
    }

    public async Task<Guid?> ConfirmAsync(string email, string code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(code) || await users.FindByEmailAsync(email) is not { EmailConfirmed: false } user
            || !await users.VerifyUserTokenAsync(user, TokenOptions.DefaultEmailProvider, Purpose, code))
        {
            return null;
        }

        user.EmailConfirmed = true;
        var now = time.GetUtcNow();

        // A new stamp: the code works once. The account is now an account like any other.
        await using var transaction = await context.Database.BeginModuleTransactionAsync(cancellationToken);
        var confirmed = await users.UpdateSecurityStampAsync(user);
        if (!confirmed.Succeeded)
        {
            return null;
        }

        context.Enqueue(new UserCreatedIntegrationEvent(Guid.CreateVersion7(now), now, user.Id, null, user.Email!, IdentityRoles.External));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return user.Id;
    }
}
