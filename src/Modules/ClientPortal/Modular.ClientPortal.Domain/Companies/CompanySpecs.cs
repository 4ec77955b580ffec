using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Specifications;

namespace Modular.ClientPortal.Domain.Companies;

internal sealed class CompanyOfInsurerSpec : Specification<ClientCompany>
{
    public CompanyOfInsurerSpec(Guid companyId, Guid insurerId) => Query.Where(c => c.Id == companyId && c.InsurerId == insurerId);
}

internal sealed class CompanyByIdSpec : Specification<ClientCompany>
{
    public CompanyByIdSpec(Guid companyId) => Query.Where(c => c.Id == companyId).AsNoTracking();
}

internal sealed class CompanyByUidSpec : Specification<ClientCompany>
{
    public CompanyByUidSpec(Guid insurerId, string uid) => Query.Where(c => c.InsurerId == insurerId && c.Uid == uid);
}

/// <summary>The insurer's companies by name; a search matches the start of the name's words (folded) or the UID's digits.</summary>
internal sealed class CompaniesOfInsurerSpec : Specification<ClientCompany>
{
    public CompaniesOfInsurerSpec(Guid insurerId, string? search)
    {
        Query.Where(c => c.InsurerId == insurerId);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var folded = SearchText.Fold(search);
            var digits = new string(search.Where(char.IsAsciiDigit).ToArray());
            Query.Where(c => c.SearchName.Contains(folded) || (digits.Length >= 3 && c.Uid.Replace(".", "").Contains(digits)));
        }

        Query.OrderBy(c => c.Name).AsNoTracking();
    }
}

/// <summary>The active membership of an account, whatever its company.</summary>
internal sealed class ActiveMembershipSpec : Specification<ClientUser>
{
    public ActiveMembershipSpec(Guid userId) => Query.Where(m => m.UserId == userId && m.DeactivatedAt == null).AsNoTracking();
}

/// <summary>The membership of an account, active or not (an account has one at most).</summary>
internal sealed class MembershipOfAccountSpec : Specification<ClientUser>
{
    public MembershipOfAccountSpec(Guid userId) => Query.Where(m => m.UserId == userId);
}

internal sealed class MemberOfCompanySpec : Specification<ClientUser>
{
    public MemberOfCompanySpec(Guid companyId, Guid userId) => Query.Where(m => m.CompanyId == companyId && m.UserId == userId);
}

internal sealed class MembersOfCompanySpec : Specification<ClientUser>
{
    public MembersOfCompanySpec(Guid companyId) => Query.Where(m => m.CompanyId == companyId).OrderBy(m => m.AddedAt).AsNoTracking();
}

internal sealed class ActiveAuthorisationOfClientSpec : Specification<AuthorisedClient>
{
    public ActiveAuthorisationOfClientSpec(string clientServerId) => Query.Where(a => a.ClientServerId == clientServerId && a.RevokedAt == null).AsNoTracking();
}

internal sealed class AuthorisationsOfCompanySpec : Specification<AuthorisedClient>
{
    public AuthorisationsOfCompanySpec(Guid companyId) => Query.Where(a => a.CompanyId == companyId && a.RevokedAt == null).OrderBy(a => a.AuthorisedAt).AsNoTracking();
}

internal sealed class AuthorisationOfCompanySpec : Specification<AuthorisedClient>
{
    public AuthorisationOfCompanySpec(Guid authorisationId, Guid companyId) => Query.Where(a => a.Id == authorisationId && a.CompanyId == companyId && a.RevokedAt == null);
}
