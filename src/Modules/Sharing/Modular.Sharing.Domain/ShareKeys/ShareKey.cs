using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;
using Modular.Sharing.Domain.CaseFiles;

namespace Modular.Sharing.Domain.ShareKeys;

/// <summary>
/// A single-use key to a snapshot of a case file ("clé de partage"). The key itself is never stored:
/// only its hash. Redeeming is one conditional update in the store (see the repository), so that
/// among concurrent imports exactly one wins; this type says what a key's state means.
/// </summary>
internal sealed class ShareKey : AggregateRoot<Guid>
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private ShareKey(Guid id, byte[] keyHash, string keyEnding, CaseFile caseFile, Guid issuerId, DateTimeOffset now)
        : base(id)
    {
        KeyHash = keyHash;
        KeyEnding = keyEnding;
        CaseFileId = caseFile.Id;
        LineageId = caseFile.LineageId;
        OrganisationId = caseFile.OrganisationId;
        IssuerId = issuerId;
        ClientName = caseFile.ClientName;
        Snapshot = caseFile.Content;
        CreatedAt = now;
        ExpiresAt = now + Lifetime;
    }

    private ShareKey()
        : base(Guid.Empty)
    {
        KeyHash = [];
        KeyEnding = "";
        ClientName = "";
    }

    public byte[] KeyHash { get; private set; }

    public Guid CaseFileId { get; private set; }

    public Guid LineageId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid IssuerId { get; private set; }

    /// <summary>Kept beside the snapshot so the issuer's list still names the client once the snapshot is purged.</summary>
    public string ClientName { get; private set; }

    /// <summary>The case file as it was when the key was issued; purged once the key is used, expired or revoked.</summary>
    public CaseFileContent? Snapshot { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    public Guid? UsedBy { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>The key's last group (« M2XD »), kept in clear to tell keys apart; the rest is never stored.</summary>
    public string KeyEnding { get; private set; }

    /// <summary>Whom the key was emailed to from the share page, when it was.</summary>
    public string? RecipientEmail { get; private set; }

    public void SentTo(string email) => RecipientEmail = email;

    /// <summary>Issues a key for the case file as it is now; the text is returned once and never kept.</summary>
    public static (ShareKey Key, ShareKeyText Text) Issue(CaseFile caseFile, Guid issuerId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        var text = ShareKeyText.Generate();
        var key = new ShareKey(Guid.CreateVersion7(now), text.Hash(), text.Display[(text.Display.LastIndexOf('-') + 1)..], caseFile, issuerId, now);
        caseFile.RecordShared(key.Id, issuerId, now);
        return (key, text);
    }

    public ShareKeyState StateAt(DateTimeOffset now) =>
        UsedAt is not null ? ShareKeyState.Used
        : RevokedAt is not null ? ShareKeyState.Revoked
        : now >= ExpiresAt ? ShareKeyState.Expired
        : ShareKeyState.Pending;

    /// <summary>Why this key cannot be redeemed at <paramref name="now"/>; null when it can.</summary>
    public Error? RedemptionRefusal(DateTimeOffset now) => StateAt(now) switch
    {
        ShareKeyState.Used => SharingErrors.KeyUsed,
        ShareKeyState.Revoked => SharingErrors.KeyRevoked,
        ShareKeyState.Expired => SharingErrors.KeyExpired,
        _ => null,
    };

    public Result Revoke(DateTimeOffset now)
    {
        if (StateAt(now) != ShareKeyState.Pending)
        {
            return SharingErrors.KeyNotPending;
        }

        RevokedAt = now;
        Snapshot = null;
        return Result.Success();
    }
}

internal enum ShareKeyState
{
    Pending,
    Used,
    Expired,
    Revoked,
}
