using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.Fixture.Contracts;
using Modular.Other.Domain;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Specifications;

namespace Modular.Fixture.Domain;

/// <summary>Compliant: an aggregate that depends on SharedKernel only and is given the time.</summary>
internal sealed class Thing : AggregateRoot<Guid>
{
    private Thing(Guid id, string name, DateTimeOffset createdAt)
        : base(id)
    {
        Name = name;
        CreatedAt = createdAt;
    }

    public string Name { get; private set; }

    public DateTimeOffset CreatedAt { get; }

    public static Result<Thing> Create(string name, TimeProvider time) => new Thing(Guid.CreateVersion7(), name, time.GetUtcNow());

    public void Rename(string name) => Name = name;
}

/// <summary>Compliant: a specification beside its aggregate.</summary>
internal sealed class ThingByNameSpec : Specification<Thing>
{
    public ThingByNameSpec(string name) => Query.Where(t => t.Name == name);
}

/// <summary>Rules 1, 4 and 6 at once: public, unsealed, holds a DbContext and reads the clock.</summary>
public class LeakyThing(DbContext context)
{
    public DbContext Context { get; } = context;

    public DateTime CreatedAt { get; } = DateTime.UtcNow;
}

/// <summary>Rule 6: reading the clock inside a lambda still counts.</summary>
internal sealed class ExpiryPolicy
{
    public Func<DateTimeOffset> Deadline { get; } = () => DateTimeOffset.Now.AddDays(1);
}

/// <summary>Rule 6: the system TimeProvider is the system clock too.</summary>
internal sealed class DefaultClock
{
    public DateTimeOffset Now() => TimeProvider.System.GetUtcNow();
}

/// <summary>Rule 5: a specification whose name does not say so.</summary>
internal sealed class ThingsNamedLike : Specification<Thing>
{
    public ThingsNamedLike(string prefix) => Query.Where(t => t.Name.StartsWith(prefix));
}

/// <summary>Rule 1: a MediatR handler, and a Contracts type, in Domain.</summary>
internal sealed class ThingRenamedHandler : INotificationHandler<ThingRenamedIntegrationEvent>
{
    public Task Handle(ThingRenamedIntegrationEvent notification, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Rules 1 and 2: a domain type holding another module's domain type.</summary>
internal sealed class SharedThing(OtherThing owner)
{
    public OtherThing Owner { get; } = owner;
}
