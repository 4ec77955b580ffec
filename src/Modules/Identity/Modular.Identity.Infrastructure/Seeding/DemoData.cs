using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Identity.Infrastructure.Accounts;
using Modular.Identity.Infrastructure.Persistence;
using OpenIddict.Abstractions;

namespace Modular.Identity.Infrastructure.Seeding;

/// <summary>
/// The demo accounts and clients whose secrets are published (README): what the Host refuses to
/// start with outside Development, and what <c>remove-demo-data</c> deletes. The demo organisations
/// stay: they may hold work of real accounts made since.
/// </summary>
internal static class DemoData
{
    private static readonly string[] ClientIds = [DemoClients.PartnerId, DemoClients.CliId];

    public static async Task<IReadOnlyList<string>> FindAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var found = new List<string>();
        found.AddRange(await DemoUsers(services).Select(u => u.Email!).ToListAsync(cancellationToken));
        var applications = services.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var clientId in ClientIds)
        {
            if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not null)
            {
                found.Add(clientId);
            }
        }

        return found;
    }

    public static async Task<IReadOnlyList<string>> RemoveAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var removed = new List<string>();
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var authorizations = services.GetRequiredService<IOpenIddictAuthorizationManager>();
        var tokens = services.GetRequiredService<IOpenIddictTokenManager>();
        foreach (var user in await DemoUsers(services).ToListAsync(cancellationToken))
        {
            // Their tokens and consents first: nothing issued to a demo account outlives it.
            var subject = user.Id.ToString();
            foreach (var token in await tokens.FindBySubjectAsync(subject, cancellationToken).ToListAsync(cancellationToken))
            {
                await tokens.DeleteAsync(token, cancellationToken);
            }

            foreach (var authorization in await authorizations.FindBySubjectAsync(subject, cancellationToken).ToListAsync(cancellationToken))
            {
                await authorizations.DeleteAsync(authorization, cancellationToken);
            }

            var result = await users.DeleteAsync(user);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The demo account {user.Email} cannot be deleted: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }

            removed.Add(user.Email!);
        }

        var applications = services.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var clientId in ClientIds)
        {
            if (await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application)
            {
                await applications.DeleteAsync(application, cancellationToken);
                removed.Add(clientId);
            }
        }

        return removed;
    }

    private static IQueryable<ApplicationUser> DemoUsers(IServiceProvider services)
    {
        var emails = IdentityDataSeeder.DemoAccounts.Select(a => a.Email.ToUpperInvariant()).ToList();
        return services.GetRequiredService<IdentityDbContext>().Users.Where(u => emails.Contains(u.NormalizedEmail!));
    }
}
