using Modular.SharedKernel.Security;

namespace Modular.SharedKernel.Infrastructure.Seeding;

/// <summary>
/// Who a service scope opened outside any HTTP request acts for: set once, by the demo seed, before
/// the scope sends its first request. The Host's <see cref="ICurrentUser"/> reads it only when there
/// is no HTTP request: a request always acts for its own caller.
/// </summary>
public sealed class ScopeActor
{
    public ICurrentUser? Actor { get; private set; }

    public void ActAs(ICurrentUser actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Actor is not null)
        {
            throw new InvalidOperationException("A scope acts for one caller only: open another scope to act for someone else.");
        }

        Actor = actor;
    }
}
