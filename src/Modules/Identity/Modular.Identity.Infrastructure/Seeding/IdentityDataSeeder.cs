using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.Identity.Contracts;
using Modular.Identity.Domain.Accounts;
using Modular.Identity.Domain.Organisations;
using Modular.Identity.Infrastructure.Accounts;
using Modular.Identity.Infrastructure.Persistence;
using Modular.SharedKernel.Security;
using OpenIddict.Abstractions;

namespace Modular.Identity.Infrastructure.Seeding;

/// <summary>Reference data needed at every start (roles), and the demonstration data of a development machine.</summary>
internal static partial class IdentityDataSeeder
{
    public const string DemoPassword = "Demo-Passw0rd!";
    public const string DemoOrganisation = "Cabinet Démo";
    public const string OtherOrganisation = "Assurances Horizon";

    /// <summary>The demo accounts, all sharing <see cref="DemoPassword"/>, which is published in the README.</summary>
    public static readonly IReadOnlyList<(string Email, string Name, string? Organisation, string Role)> DemoAccounts =
    [
        ("admin@demo.test", "Alice Administratrice", DemoOrganisation, IdentityRoles.Admin),
        ("agent1@demo.test", "Antoine Agent", DemoOrganisation, IdentityRoles.Agent),
        ("agent2@demo.test", "Béatrice Agent", DemoOrganisation, IdentityRoles.Agent),
        ("agent3@demo.test", "Claude Horizon", OtherOrganisation, IdentityRoles.Agent),
        ("external@demo.test", "Élise Externe", null, IdentityRoles.External),
        ("client1@demo.test", "Corinne Client", null, IdentityRoles.External),
        ("client2@demo.test", "Cédric Client", null, IdentityRoles.External),
    ];

    /// <summary>
    /// The client portal's demo users have two-factor authentication from the start (the portal shows
    /// no document without it), with this authenticator secret, published in the README so that
    /// scripts can compute their codes. Development only, like every demo account.
    /// </summary>
    public const string DemoClientAuthenticatorKey = "MODULARPORTALDEMOCLIENT2";

    private static readonly string[] DemoClientsWithMfa = ["client1@demo.test", "client2@demo.test"];

    public static async Task EnsureRolesAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var roles = services.GetRequiredService<RoleManager<ApplicationRole>>();
        foreach (var role in IdentityRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new ApplicationRole(role));
            }
        }
    }

    /// <summary>First run only: demo organisations, accounts and clients. Later runs only widen the demo clients' scopes.</summary>
    public static async Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var context = services.GetRequiredService<IdentityDbContext>();
        var applications = services.GetRequiredService<IOpenIddictApplicationManager>();
        var scopes = services.GetServices<ApiScopeDefinition>().ToList();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IdentityDataSeeder));

        if (!await context.Users.AnyAsync(cancellationToken))
        {
            var time = services.GetRequiredService<TimeProvider>();
            var demo = Organisation.Create(DemoOrganisation, time).Value;
            var other = Organisation.Create(OtherOrganisation, time).Value;
            context.Organisations.AddRange(demo, other);
            await context.SaveChangesAsync(cancellationToken);

            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            foreach (var account in DemoAccounts)
            {
                var organisation = account.Organisation switch
                {
                    DemoOrganisation => demo.Id,
                    OtherOrganisation => other.Id,
                    _ => (Guid?)null,
                };
                await CreateAsync(users, time, account.Email, account.Name, organisation, account.Role);
            }

            await applications.CreateAsync(DemoClients.Partner(scopes, demo.Id), cancellationToken);
            await applications.CreateAsync(DemoClients.Cli(scopes), cancellationToken);
            LogSeeded(logger);
            return;
        }

        // A module added since the first run declares new scopes: the demo clients get them too.
        foreach (var clientId in new[] { DemoClients.PartnerId, DemoClients.CliId })
        {
            if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } application)
            {
                continue;
            }

            var descriptor = new OpenIddictApplicationDescriptor();
            await applications.PopulateAsync(descriptor, application, cancellationToken);
            if (DemoClients.AddScopes(descriptor, scopes))
            {
                await applications.UpdateAsync(application, descriptor, cancellationToken);
            }
        }
    }

    private static async Task CreateAsync(UserManager<ApplicationUser> users, TimeProvider time, string email, string name, Guid? organisationId, string role)
    {
        var user = new ApplicationUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            OrganisationId = organisationId,
            PersonalCode = PersonalIdentificationCode.Generate().Value,
            CreatedAt = time.GetUtcNow(),
        };
        var result = await users.CreateAsync(user, DemoPassword);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, role);
        }

        if (result.Succeeded && DemoClientsWithMfa.Contains(email))
        {
            result = await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", DemoClientAuthenticatorKey);
            if (result.Succeeded)
            {
                result = await users.SetTwoFactorEnabledAsync(user, true);
            }
        }

        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {email} failed: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Development demo data seeded (accounts *@demo.test, clients demo-partner and demo-cli)")]
    private static partial void LogSeeded(ILogger logger);
}
