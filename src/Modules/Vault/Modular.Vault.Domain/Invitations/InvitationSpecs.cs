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

internal sealed class InvitationOfOrganisationSpec : Specification<Invitation>
{
    public InvitationOfOrganisationSpec(Guid invitationId, Guid organisationId) => Query.Where(i => i.Id == invitationId && i.OrganisationId == organisationId);
}

/// <summary>The invitations of <paramref name="personIds"/>, to tell which are still waiting.</summary>
internal sealed class InvitationsOfPeopleSpec : Specification<Invitation>
{
    public InvitationsOfPeopleSpec(IReadOnlyCollection<Guid> personIds) => Query.Where(i => personIds.Contains(i.PersonId)).AsNoTracking();
}
