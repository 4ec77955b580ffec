using Modular.SharedKernel.Specifications;

namespace Modular.Vault.Domain.Invitations;

internal sealed class InvitationByTokenHashSpec : Specification<Invitation>
{
    public InvitationByTokenHashSpec(byte[] tokenHash) => Query.Where(i => i.TokenHash == tokenHash);
}

/// <summary>A person's invitations, newest first.</summary>
internal sealed class InvitationsOfPersonSpec : Specification<Invitation>
{
    public InvitationsOfPersonSpec(Guid personId) => Query.Where(i => i.PersonId == personId).OrderByDescending(i => i.CreatedAt);
}
