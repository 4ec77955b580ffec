using Modular.ClientPortal.Application.Access;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Domain.Companies;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Application.Messages;

/// <summary>Who writes in a company's thread: its client users (their own company, with MFA), and the insurer's staff (naming the company).</summary>
internal sealed class ThreadAccess(IPortalRepository repository, PortalAccess access)
{
    public async Task<Result<(ClientCompany Company, bool AsClient)>> RequireAsync(Guid? companyId, CancellationToken cancellationToken)
    {
        if (companyId is { } id && access.RequireInsurer().IsSuccess)
        {
            var company = await access.RequireCompanyAsync(id, cancellationToken);
            return company.IsSuccess ? (company.Value, false) : company.Error;
        }

        var reader = await access.RequireReaderAsync(cancellationToken);
        if (reader.IsFailure)
        {
            return reader.Error;
        }

        var own = await repository.FindAsync(new CompanyByIdSpec(reader.Value.CompanyId), cancellationToken)
            ?? throw new InvalidOperationException($"The company {reader.Value.CompanyId} of a member is missing.");
        return (own, true);
    }
}
