using MediatR;
using Modular.Identity.Contracts;
using Modular.Identity.Contracts.Admin;
using Modular.SharedKernel.Infrastructure.Seeding;
using Modular.SharedKernel.Results;

namespace Modular.Host.Hosting;

/// <summary>
/// The <c>create-admin</c> command: an administrator for a new installation (which has no account
/// yet to open the back office with), in an organisation found by name or created. The account
/// gets a temporary password, to change at first sign-in, as one an administrator creates.
/// </summary>
internal static class FirstAdministrator
{
    public const string Command = "create-admin";

    public const string Usage = "Usage: Modular.Host create-admin <email> \"<name>\" \"<organisation>\"";

    public sealed record Created(string Email, string Organisation, bool OrganisationCreated, string TemporaryPassword);

    public static async Task<Result<Created>> CreateAsync(IServiceProvider services, string email, string displayName, string organisation, CancellationToken cancellationToken = default)
    {
        // As at start: the databases are up to date (or refused), roles exist, no demo data outside Development.
        await ModuleStartup.PrepareAsync(services);
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScopeActor>().ActAs(new SeedActor(null, null, [IdentityRoles.Admin]));
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();

        var organisations = await mediator.Send(new ListOrganisationsQuery(), cancellationToken);
        if (!organisations.IsSuccess)
        {
            return organisations.Error!;
        }

        var name = organisation.Trim();
        var existing = organisations.Value.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
        var organisationId = existing?.Id;
        if (organisationId is null)
        {
            var created = await mediator.Send(new CreateOrganisationCommand(name), cancellationToken);
            if (!created.IsSuccess)
            {
                return created.Error!;
            }

            organisationId = created.Value;
        }

        var account = await mediator.Send(new CreateUserCommand(email, displayName, organisationId, IdentityRoles.Admin), cancellationToken);
        return account.IsSuccess
            ? new Created(email.Trim(), existing?.Name ?? name, existing is null, account.Value.TemporaryPassword)
            : account.Error!;
    }
}
