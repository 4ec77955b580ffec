using Modular.ClientPortal.Application.Access;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Domain;
using Modular.ClientPortal.Domain.Companies;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Application.Team;

/// <summary>
/// Who manages a company's people: its advisor's insurer (any agent of it, naming the company) or the
/// company's client admin (their own company, with MFA like every reader).
/// </summary>
internal sealed class TeamAccess(IPortalRepository repository, PortalAccess access)
{
    public async Task<Result<(ClientCompany Company, PortalReader? Admin)>> RequireManagerAsync(Guid? companyId, CancellationToken cancellationToken)
    {
        if (companyId is { } id && access.RequireInsurer().IsSuccess)
        {
            var company = await access.RequireCompanyAsync(id, cancellationToken);
            return company.IsSuccess ? (company.Value, null) : company.Error;
        }

        var reader = await access.RequireReaderAsync(cancellationToken);
        if (reader.IsFailure)
        {
            return reader.Error;
        }

        if (reader.Value.Role != MemberRole.ClientAdmin || (companyId is { } asked && asked != reader.Value.CompanyId))
        {
            return PortalErrors.NotClientAdmin;
        }

        var own = await repository.FindAsync(new CompanyByIdSpec(reader.Value.CompanyId), cancellationToken)
            ?? throw new InvalidOperationException($"The company {reader.Value.CompanyId} of a member is missing.");
        return (own, reader.Value);
    }
}
