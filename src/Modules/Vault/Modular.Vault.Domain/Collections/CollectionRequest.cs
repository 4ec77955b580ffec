using Modular.SharedKernel.Text;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Domain.Collections;

internal enum CollectionState
{
    Open,
    Complete,
    Overdue,
    Cancelled,
}

/// <summary>One file the person sent for one expected item; only its name and date are shown back to them.</summary>
internal sealed record CollectedFile(string Item, Guid DocumentId, string FileName, DateTimeOffset At);

/// <summary>
/// "Collecter des documents": a person of the directory is asked, by email, for a list of
/// documents, through an upload-only link that works until the end of the deadline (UTC). Files
/// land in the folder. Only the SHA-256 of the link's token is kept, so a manual reminder issues a
/// new token (and the old link stops working); the automatic reminder carries no link (ADR 0020).
/// </summary>
internal sealed class CollectionRequest : AggregateRoot<Guid>
{
    public const int MaxItems = 20;
    public const int MaxItemLength = 200;
    public const int MaxMessageLength = 1000;
    public const int MaxDeadlineDays = 90;

    /// <summary>How long before the deadline's end the automatic reminder goes out.</summary>
    public static readonly TimeSpan AutomaticReminderLead = TimeSpan.FromDays(2);

    private CollectionRequest()
        : base(Guid.Empty)
    {
        OrganisationName = "";
        PersonName = "";
        RecipientEmail = "";
        Items = [];
        Received = [];
        TokenHash = [];
    }

    private CollectionRequest(Guid id, Guid organisationId, string organisationName, Guid folderId, Person person, IReadOnlyList<string> items, DateOnly deadline, string? message, Guid createdBy, string? createdByEmail, byte[] tokenHash, DateTimeOffset now)
        : base(id)
    {
        OrganisationId = organisationId;
        OrganisationName = organisationName;
        FolderId = folderId;
        PersonId = person.Id;
        PersonName = person.DisplayName;
        RecipientEmail = person.Email!;
        Items = items;
        Deadline = deadline;
        ClosesAt = new DateTimeOffset(deadline.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(1);
        Message = message;
        CreatedBy = createdBy;
        CreatedByEmail = createdByEmail;
        TokenHash = tokenHash;
        CreatedAt = now;
        Received = [];
    }

    public Guid OrganisationId { get; private set; }

    /// <summary>Shown to the person on the public page, kept so that page needs no other module.</summary>
    public string OrganisationName { get; private set; }

    /// <summary>Where the files land.</summary>
    public Guid FolderId { get; private set; }

    public Guid PersonId { get; private set; }

    /// <summary>The person as the directory showed them when asked (« DUPONT Alain »).</summary>
    public string PersonName { get; private set; }

    /// <summary>The person's email when asked: the request and its reminders go there.</summary>
    public string RecipientEmail { get; private set; }

    /// <summary>The expected documents' labels, in the agent's order.</summary>
    public IReadOnlyList<string> Items { get; private set; }

    /// <summary>The last day files are accepted ("date limite").</summary>
    public DateOnly Deadline { get; private set; }

    /// <summary>The end of the deadline (midnight UTC after it): uploads are refused from then on.</summary>
    public DateTimeOffset ClosesAt { get; private set; }

    public string? Message { get; private set; }

    /// <summary>The language the person is written to in (the agent's when asking): the automatic reminder uses it too.</summary>
    public string Language { get; private set; } = Languages.French;

    /// <summary>SHA-256 of the current link's 256-bit token.</summary>
    public byte[] TokenHash { get; private set; }

    public Guid CreatedBy { get; private set; }

    /// <summary>Where the agent who asked is told of each file received.</summary>
    public string? CreatedByEmail { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>"Nombre de relances": manual and automatic.</summary>
    public int RemindersSent { get; private set; }

    public DateTimeOffset? LastReminderAt { get; private set; }

    /// <summary>When the one automatic reminder went out; set once, in a conditional update.</summary>
    public DateTimeOffset? AutomaticReminderAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public IReadOnlyList<CollectedFile> Received { get; private set; }

    /// <summary>A request to <paramref name="person"/> (of the caller's organisation: the caller checks), who must have an email.</summary>
    public static Result<CollectionRequest> Create(
        Guid organisationId, string organisationName, Guid folderId, Person person, IEnumerable<string?>? items, DateOnly? deadline, string? message,
        Guid createdBy, string? createdByEmail, byte[] tokenHash, DateTimeOffset now, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (string.IsNullOrWhiteSpace(person.Email))
        {
            return VaultErrors.CollectionNoEmail;
        }

        var labels = CleanItems(items);
        if (labels.IsFailure)
        {
            return labels.Error;
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (deadline is not { } day || day <= today)
        {
            return VaultErrors.CollectionDeadlinePast;
        }

        if (day > today.AddDays(MaxDeadlineDays))
        {
            return VaultErrors.CollectionDeadlineTooFar(MaxDeadlineDays);
        }

        var text = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        if (text is { Length: > MaxMessageLength })
        {
            return VaultErrors.CollectionMessageTooLong(MaxMessageLength);
        }

        return new CollectionRequest(Guid.CreateVersion7(now), organisationId, organisationName, folderId, person, labels.Value, day, text, createdBy, createdByEmail, tokenHash, now)
        {
            Language = Languages.Of(language),
        };
    }

    public CollectionState StateAt(DateTimeOffset now) =>
        CancelledAt is not null ? CollectionState.Cancelled
        : Items.All(IsReceived) ? CollectionState.Complete
        : now >= ClosesAt ? CollectionState.Overdue
        : CollectionState.Open;

    public bool IsReceived(string item) => Received.Any(r => r.Item == item);

    /// <summary>Why a file for <paramref name="item"/> cannot be received at <paramref name="now"/> within <paramref name="limits"/>; null when it can.</summary>
    public Error? UploadRefusal(string? item, DateTimeOffset now, CollectionFileLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return StateAt(now) switch
        {
            CollectionState.Cancelled => VaultErrors.CollectionCancelled,
            CollectionState.Complete => VaultErrors.CollectionComplete,
            CollectionState.Overdue => VaultErrors.CollectionOverdue,
            _ => item is null || !Items.Contains(item) ? VaultErrors.CollectionItemUnknown : limits.Refusal(Items, Received, item),
        };
    }

    /// <summary>
    /// Takes a file for one of the items while the request is open and within the limits. The store
    /// records it with a conditional update of its own that applies the same limits (see the
    /// repository), so concurrent uploads all count and none goes past them.
    /// </summary>
    public Result Receive(CollectedFile file, DateTimeOffset now, CollectionFileLimits limits)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (UploadRefusal(file.Item, now, limits) is { } refusal)
        {
            return refusal;
        }

        Received = [.. Received, file];
        return Result.Success();
    }

    /// <summary>Stops the request: its link no longer takes files.</summary>
    public Result Cancel(DateTimeOffset now)
    {
        if (CancelledAt is not null)
        {
            return VaultErrors.CollectionCancelled;
        }

        CancelledAt = now;
        return Result.Success();
    }

    /// <summary>« Relancer »: a new link replaces the old one, which stops working (only its hash was kept).</summary>
    public Result Remind(byte[] tokenHash, DateTimeOffset now)
    {
        if (StateAt(now) switch
            {
                CollectionState.Cancelled => VaultErrors.CollectionCancelled,
                CollectionState.Complete => VaultErrors.CollectionComplete,
                CollectionState.Overdue => VaultErrors.CollectionOverdue,
                _ => null,
            } is { } refusal)
        {
            return refusal;
        }

        TokenHash = tokenHash;
        RemindersSent++;
        LastReminderAt = now;
        return Result.Success();
    }

    /// <summary>Whether the automatic reminder is due: open, items missing, within 2 days of the end, not yet sent.</summary>
    public bool AutomaticReminderDue(DateTimeOffset now) =>
        AutomaticReminderAt is null && StateAt(now) == CollectionState.Open && now >= ClosesAt - AutomaticReminderLead;

    private static Result<IReadOnlyList<string>> CleanItems(IEnumerable<string?>? items)
    {
        // Empty rows of the form are not items: the form shows a few spare ones.
        var typed = (items ?? []).ToList();
        var labels = typed.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i!.Trim()).ToList();
        if (labels.Count == 0)
        {
            return VaultErrors.CollectionItemsMissing;
        }

        if (labels.Count > MaxItems)
        {
            return VaultErrors.CollectionItemsTooMany(MaxItems);
        }

        if (labels.FirstOrDefault(l => l.Length > MaxItemLength) is { } tooLong)
        {
            return VaultErrors.CollectionItemTooLong(tooLong[..30], MaxItemLength);
        }

        if (labels.Any(l => l.Any(char.IsControl)))
        {
            return VaultErrors.CollectionItemInvisible;
        }

        if (labels.GroupBy(l => l, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return VaultErrors.CollectionItemTwice(twice.Key);
        }

        return labels;
    }
}
