using System.Security.Cryptography;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Domain.Invitations;

/// <summary>How the invitation's link reaches the person.</summary>
internal enum LinkChannel
{
    Email,
    Letter,
}

/// <summary>How the validation code reaches the person: by SMS, or the person phones the agent.</summary>
internal enum CodeChannel
{
    Sms,
    Phone,
}

internal enum InvitationState
{
    Sent,
    Accepted,
    Expired,
    Locked,
    Cancelled,
}

/// <summary>
/// An invitation of a person of the directory into the vault ("Inviter la personne dans ce Coffre").
/// Two distinct channels carry it (strong authentication): the link by email, else by letter; the
/// 6-digit code by SMS, else the agent gives it by phone, reading it on the person's Invite tab (so
/// that code alone is also kept encrypted). Only hashes of the link's token and of the code are
/// needed to accept. Five wrong codes lock the invitation; a reminder sends a new link and a new code.
/// </summary>
internal sealed class Invitation : AggregateRoot<Guid>
{
    public const int MaxFailedAttempts = 5;
    public const int MaxCommentLength = 1000;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromMinutes(30);

    private Invitation()
        : base(Guid.Empty)
    {
        TokenHash = [];
        CodeHash = [];
        OrganisationName = "";
    }

    private Invitation(Guid id, Guid organisationId, string organisationName, Guid personId, LinkChannel linkChannel, CodeChannel codeChannel, string? comment, Guid createdBy, DateTimeOffset now)
        : base(id)
    {
        OrganisationId = organisationId;
        OrganisationName = organisationName;
        PersonId = personId;
        LinkChannel = linkChannel;
        CodeChannel = codeChannel;
        Comment = comment;
        CreatedBy = createdBy;
        CreatedAt = now;
        LastSentAt = now;
        ExpiresAt = now + Lifetime;
        TokenHash = [];
        CodeHash = [];
    }

    public Guid OrganisationId { get; private set; }

    /// <summary>Shown on the invitation page, so that the public page needs no other module.</summary>
    public string OrganisationName { get; private set; }

    public Guid PersonId { get; private set; }

    public LinkChannel LinkChannel { get; private set; }

    public CodeChannel CodeChannel { get; private set; }

    public string? Comment { get; private set; }

    public byte[] TokenHash { get; private set; }

    public byte[] CodeHash { get; private set; }

    /// <summary>The code, encrypted, when the agent must give it by phone; null when it went by SMS.</summary>
    public string? ProtectedCode { get; private set; }

    public Guid CreatedBy { get; private set; }

    /// <summary>Where the agent who invited is told that the invitation was accepted.</summary>
    public string? CreatedByEmail { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastSentAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>« Nombre de relances ».</summary>
    public int Reminders { get; private set; }

    public int FailedAttempts { get; private set; }

    public byte[]? SessionHash { get; private set; }

    public DateTimeOffset? SessionExpiresAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public Guid? AcceptedUserId { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public int AttemptsLeft => Math.Max(0, MaxFailedAttempts - FailedAttempts);

    /// <summary>
    /// An invitation of <paramref name="person"/>: the link needs an email or a postal address (else
    /// it cannot be sent, and nothing is made), the code goes by SMS when a mobile number is known.
    /// </summary>
    public static Result<Invitation> Create(Person person, string? comment, Guid createdBy, string? createdByEmail, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(person);
        LinkChannel? linkChannel = person.Email is not null ? LinkChannel.Email : person.HasPostalAddress ? LinkChannel.Letter : null;
        if (linkChannel is not { } channel)
        {
            return VaultErrors.InvitationUnreachable;
        }

        var trimmed = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (trimmed is { Length: > MaxCommentLength })
        {
            return VaultErrors.CommentTooLong(MaxCommentLength);
        }

        return new Invitation(Guid.CreateVersion7(now), person.OrganisationId, person.OrganisationName, person.Id, channel,
            person.Mobile is not null ? CodeChannel.Sms : CodeChannel.Phone, trimmed, createdBy, now)
        {
            CreatedByEmail = createdByEmail,
        };
    }

    public InvitationState StateAt(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationState.Accepted
        : CancelledAt is not null ? InvitationState.Cancelled
        : FailedAttempts >= MaxFailedAttempts ? InvitationState.Locked
        : now >= ExpiresAt ? InvitationState.Expired
        : InvitationState.Sent;

    /// <summary>
    /// Gives the invitation a new link and a new code (at creation and at each reminder): the old
    /// ones stop working, the attempts start again, and the expiry is pushed back.
    /// </summary>
    public void Issue(byte[] tokenHash, byte[] codeHash, string? protectedCode, DateTimeOffset now, bool isReminder)
    {
        TokenHash = tokenHash;
        CodeHash = codeHash;
        ProtectedCode = CodeChannel == CodeChannel.Phone ? protectedCode : null;
        FailedAttempts = 0;
        SessionHash = null;
        SessionExpiresAt = null;
        LastSentAt = now;
        ExpiresAt = now + Lifetime;
        if (isReminder)
        {
            Reminders++;
        }
    }

    /// <summary>Why the invitation cannot be reminded (accepted or cancelled); null when it can.</summary>
    public Error? ReminderRefusal(DateTimeOffset now) => StateAt(now) switch
    {
        InvitationState.Accepted => VaultErrors.InvitationAccepted,
        InvitationState.Cancelled => VaultErrors.InvitationCancelled,
        _ => null,
    };

    /// <summary>Why a code cannot be tried at <paramref name="now"/>; null when it can.</summary>
    public Error? CodeRefusal(DateTimeOffset now) => StateAt(now) switch
    {
        InvitationState.Accepted => VaultErrors.InvitationAccepted,
        InvitationState.Cancelled => VaultErrors.InvitationCancelled,
        InvitationState.Locked => VaultErrors.InvitationLocked,
        InvitationState.Expired => VaultErrors.InvitationExpired,
        _ => null,
    };

    public bool SessionIsOpen(byte[] sessionHash, DateTimeOffset now) =>
        SessionHash is { } expected && SessionExpiresAt > now && CryptographicOperations.FixedTimeEquals(expected, sessionHash);

    /// <summary>The right code was typed: a short session lets the same browser finish (sign in or create an account).</summary>
    public void OpenSession(byte[] sessionHash, DateTimeOffset now)
    {
        SessionHash = sessionHash;
        SessionExpiresAt = now + SessionLifetime;
    }

    public void Cancel(DateTimeOffset now) => CancelledAt ??= now;
}
