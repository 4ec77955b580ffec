using Modular.SharedKernel.Security;

namespace Modular.SharedKernel.Infrastructure.Seeding;

/// <summary>The demo accounts a module's seed acts as, found by their email (implemented by the Host over Identity's Contracts).</summary>
public interface IDemoAccounts
{
    /// <summary>The caller <paramref name="email"/>'s account would be, with its organisation and roles; null when it is gone or deactivated.</summary>
    Task<ICurrentUser?> ActorAsync(string email, CancellationToken cancellationToken);
}
