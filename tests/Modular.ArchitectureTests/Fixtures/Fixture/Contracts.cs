using Modular.Fixture.Domain;
using Modular.Other.Contracts;
using Modular.SharedKernel.Messaging;

namespace Modular.Fixture.Contracts;

// Compliant: immutable records named for their role, built from SharedKernel and the BCL.
public sealed record ThingDto(Guid Id, string Name);

public sealed record RenameThingCommand(Guid ThingId, string Name) : ICommand;

public sealed record GetThingQuery(Guid ThingId) : IQuery<ThingDto>;

public sealed record ThingRenamedIntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, Guid ThingId)
    : IntegrationEvent(EventId, OccurredAt);

/// <summary>Compliant: a module may use another module's Contracts.</summary>
public sealed record ThingOwnerDto(Guid ThingId, OtherPersonDto Owner);

/// <summary>Rule 5: a command whose name does not say so.</summary>
public sealed record ArchiveThing(Guid ThingId) : ICommand;

/// <summary>Rule 5: a query whose name does not say so.</summary>
public sealed record ThingsLookup(string Name) : IQuery<ThingDto>;

/// <summary>Rule 5: an integration event whose name does not say so.</summary>
public sealed record ThingArchived(Guid EventId, DateTimeOffset OccurredAt) : IntegrationEvent(EventId, OccurredAt);

/// <summary>Rule 5 (requests are immutable records): a class whose state any sender can change.</summary>
public sealed class MutableRenameCommand : ICommand<ThingDto>
{
    public Guid ThingId { get; set; }

    public string Name { get; set; } = "";
}

/// <summary>Rule 5 (requests are immutable records): a record, but with a setter.</summary>
public sealed record RetitleThingCommand(Guid ThingId) : ICommand
{
    public string Title { get; set; } = "";
}

/// <summary>Contracts rule: a contract that exposes a domain type.</summary>
internal sealed record ThingSnapshotDto(Thing Thing);
