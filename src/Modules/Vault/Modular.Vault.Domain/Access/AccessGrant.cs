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
/// to an account) or to an API client (for its client-credentials tokens).
/// </summary>
internal sealed class AccessGrant : Entity<Guid>
{
    public const int MaxClientIdLength = 100;

    private AccessGrant()
        : base(Guid.Empty)
    {
    }

    private AccessGrant(Guid id, Guid organisationId, Guid folderId, Guid? personId, string? clientId, AccessLevel level, Guid grantedBy, DateTimeOffset now)
        : base(id)
    {
        OrganisationId = organisationId;
        FolderId = folderId;
        PersonId = personId;
        ClientId = clientId;
        Level = level;
        GrantedBy = grantedBy;
        GrantedAt = now;
    }

    public Guid OrganisationId { get; private set; }

    public Guid FolderId { get; private set; }

    public Guid? PersonId { get; private set; }

    public string? ClientId { get; private set; }

    public AccessLevel Level { get; private set; }

    public Guid GrantedBy { get; private set; }

    public DateTimeOffset GrantedAt { get; private set; }

    public static AccessGrant ForPerson(Guid organisationId, Guid folderId, Guid personId, AccessLevel level, Guid grantedBy, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), organisationId, folderId, personId, null, Checked(level), grantedBy, now);

    /// <summary>API clients read, or read and upload; they never manage a folder.</summary>
    public static AccessGrant ForClient(Guid organisationId, Guid folderId, string clientId, AccessLevel level, Guid grantedBy, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), organisationId, folderId, null, clientId, level == AccessLevel.Manage ? AccessLevel.Write : Checked(level), grantedBy, now);

    public void Change(AccessLevel level, Guid grantedBy, DateTimeOffset now)
    {
        Level = ClientId is not null && level == AccessLevel.Manage ? AccessLevel.Write : Checked(level);
        GrantedBy = grantedBy;
        GrantedAt = now;
    }

    private static AccessLevel Checked(AccessLevel level) =>
        level is AccessLevel.Read or AccessLevel.Write or AccessLevel.Manage ? level : throw new ArgumentOutOfRangeException(nameof(level), level, "A grant gives at least read access.");
}
