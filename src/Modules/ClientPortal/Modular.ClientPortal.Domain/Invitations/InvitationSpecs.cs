using Modular.SharedKernel.Specifications;

namespace Modular.ClientPortal.Domain.Invitations;

internal sealed class InvitationByTokenSpec : Specification<ClientInvitation>
{
    public InvitationByTokenSpec(byte[] tokenHash) => Query.Where(i => i.TokenHash == tokenHash).AsNoTracking();
}

internal sealed class InvitationsOfCompanySpec : Specification<ClientInvitation>
{
    public InvitationsOfCompanySpec(Guid companyId) => Query.Where(i => i.CompanyId == companyId).OrderByDescending(i => i.CreatedAt).AsNoTracking();
}
