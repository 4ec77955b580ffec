namespace Modular.SharedKernel.Infrastructure.Outbox;

/// <summary>An integration event waiting in its module's database to be published after commit.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    /// <summary>The event's CLR type, as "Full.Name, Assembly".</summary>
    public string Type { get; set; } = "";

    public string Payload { get; set; } = "";

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public string? LastError { get; set; }
}

/// <summary>Remembers which integration events a consumer has handled, so that redelivery is harmless.</summary>
public sealed class InboxMessage
{
    public Guid EventId { get; set; }

    public string Consumer { get; set; } = "";

    public DateTimeOffset HandledAt { get; set; }
}
