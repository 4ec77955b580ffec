using Modular.SharedKernel.Domain;

namespace Modular.Vault.Domain.Access;

/// <summary>What someone may do in a folder; each level includes the ones below it.</summary>
internal enum AccessLevel
{
    None = 0,

    /// <summary>See the folder's documents and download them.</summary>
    Read = 1,

    /// <summary>Also upload documents.</summary>
    Write = 2,

    /// <summary>Also rename and delete documents, make links and manage who has access.</summary>
    Manage = 3,
}

/// <summary>
/// A right given on one folder to a person of the directory (effective once the person is linked
/// to an account) or to an API client of the organisation (for its client-credentials tokens).
/// The client is named by the OpenID Connect server's own id of it, which no other client is ever
/// given, not by the client id it authenticates with (ADR 0028).
/// </summary>
internal sealed class AccessGrant : Entity<Guid>
{
    public const int MaxClientApplicationIdLength = 100;

    private AccessGrant()
        : base(Guid.Empty)
    {
    }

    private AccessGrant(Guid id, Guid organisationId, Guid folderId, Guid? personId, string? clientApplicationId, AccessLevel level, Guid grantedBy, DateTimeOffset now)
        : base(id)
    {
        OrganisationId = organisationId;
        FolderId = folderId;
        PersonId = personId;
        ClientApplicationId = clientApplicationId;
        Level = level;
        GrantedBy = grantedBy;
        GrantedAt = now;
    }

    public Guid OrganisationId { get; private set; }

    public Guid FolderId { get; private set; }

    public Guid? PersonId { get; private set; }

    /// <summary>The OpenID Connect server's id of the API client (not its client id).</summary>
    public string? ClientApplicationId { get; private set; }

    /// <summary>
    /// The client id an agent typed, for a grant made before clients were chosen from the
    /// organisation's list: it gives nothing until it is resolved to a client of the organisation
    /// (<see cref="ResolveClient"/>), or dropped.
    /// </summary>
    public string? LegacyClientId { get; private set; }

    public AccessLevel Level { get; private set; }

    public Guid GrantedBy { get; private set; }

    public DateTimeOffset GrantedAt { get; private set; }

    public bool IsForClient => PersonId is null;

    public static AccessGrant ForPerson(Guid organisationId, Guid folderId, Guid personId, AccessLevel level, Guid grantedBy, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), organisationId, folderId, personId, null, Checked(level), grantedBy, now);

    /// <summary>API clients read, or read and upload; they never manage a folder.</summary>
    public static AccessGrant ForClient(Guid organisationId, Guid folderId, string clientApplicationId, AccessLevel level, Guid grantedBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientApplicationId);
        return new(Guid.CreateVersion7(now), organisationId, folderId, null, clientApplicationId, level == AccessLevel.Manage ? AccessLevel.Write : Checked(level), grantedBy, now);
    }

    public void Change(AccessLevel level, Guid grantedBy, DateTimeOffset now)
    {
        Level = IsForClient && level == AccessLevel.Manage ? AccessLevel.Write : Checked(level);
        GrantedBy = grantedBy;
        GrantedAt = now;
    }

    /// <summary>A grant by typed client id now names the client it was found to be (one of the organisation's).</summary>
    public void ResolveClient(string clientApplicationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientApplicationId);
        if (LegacyClientId is null)
        {
            throw new InvalidOperationException("Only a grant made by typed client id is resolved.");
        }

        ClientApplicationId = clientApplicationId;
        LegacyClientId = null;
    }

    private static AccessLevel Checked(AccessLevel level) =>
        level is AccessLevel.Read or AccessLevel.Write or AccessLevel.Manage ? level : throw new ArgumentOutOfRangeException(nameof(level), level, "A grant gives at least read access.");
}
