using Modular.SharedKernel.Domain;

namespace Modular.ClientPortal.Domain.Companies;

/// <summary>What a client user may do (twin of Contracts' ClientUserRole).</summary>
internal enum MemberRole
{
    ClientAdmin,
    User,
}

/// <summary>An account (External, in Identity) that reads one client company's documents.</summary>
internal sealed class ClientUser : Entity<Guid>
{
    private ClientUser(Guid id, Guid companyId, Guid userId, MemberRole role, DateTimeOffset now)
        : base(id)
    {
        CompanyId = companyId;
        UserId = userId;
        Role = role;
        AddedAt = now;
    }

    private ClientUser()
        : base(Guid.Empty)
    {
    }

    public Guid CompanyId { get; private set; }

    /// <summary>The Identity account; one account belongs to one company at most.</summary>
    public Guid UserId { get; private set; }

    public MemberRole Role { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public DateTimeOffset? DeactivatedAt { get; private set; }

    public bool IsActive => DeactivatedAt is null;

    public void Deactivate(DateTimeOffset now) => DeactivatedAt ??= now;

    /// <summary>An account whose access ended joins a company again (by a new invitation): one membership per account.</summary>
    public void Rejoin(Guid companyId, MemberRole role, DateTimeOffset now)
    {
        CompanyId = companyId;
        Role = role;
        AddedAt = now;
        DeactivatedAt = null;
    }

    public static ClientUser Create(Guid companyId, Guid userId, MemberRole role, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), companyId, userId, role, now);
}
