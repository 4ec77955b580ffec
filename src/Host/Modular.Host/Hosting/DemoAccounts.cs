using MediatR;
using Modular.Identity.Contracts;
using Modular.Identity.Contracts.Account;
using Modular.Identity.Contracts.Admin;
using Modular.SharedKernel.Infrastructure.Seeding;
using Modular.SharedKernel.Security;

namespace Modular.Host.Hosting;

/// <summary>
/// Finds a demo account through Identity's Contracts, as the back office would (the seed acts as an
/// administrator with no account of its own for that), then reads the account as its owner does.
/// </summary>
internal sealed class DemoAccounts(IServiceProvider services) : IDemoAccounts
{
    public async Task<ICurrentUser?> ActorAsync(string email, CancellationToken cancellationToken)
    {
        Guid userId;
        await using (var scope = services.CreateActingScope(new SeedActor(null, null, [IdentityRoles.Admin])))
        {
            var found = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SearchUsersQuery(email), cancellationToken);
            if (!found.IsSuccess || found.Value.Items.SingleOrDefault(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase)) is not { IsActive: true } user)
            {
                return null;
            }

            userId = user.Id;
        }

        await using (var scope = services.CreateActingScope(new SeedActor(userId, null, [])))
        {
            var account = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetMyAccountQuery(), cancellationToken);
            return account.IsSuccess
                ? new SeedActor(account.Value.Id, account.Value.OrganisationId, account.Value.Roles)
                : throw new InvalidOperationException($"The demo account {email} cannot be read: {account.Error!.Code}.");
        }
    }
}
