using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain;
using Modular.ClientPortal.Domain.Companies;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Application.Companies;

/// <summary>
/// A new client company of an insurer from an advisor's form, for « Nouvelle entreprise cliente »
/// and for an approved access request alike: the UID checked and new to the insurer, the contracts
/// read. Added to the store, not saved: the caller saves it with the rest of its change.
/// </summary>
internal sealed class CompanyRegistration(IPortalRepository repository, TimeProvider time)
{
    public async Task<Result<ClientCompany>> AddAsync(Guid insurerId, Guid advisorId, CreateClientCompanyCommand form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var uid = SwissUid.Parse(form.Uid);
        if (uid.IsFailure)
        {
            return uid.Error;
        }

        var contracts = ClientCompany.ReadContracts([.. form.Contracts.Select(c => (c.Line.ToDomain(), c.Number, c.AnnualPremium))]);
        if (contracts.IsFailure)
        {
            return contracts.Error;
        }

        if (await repository.FindAsync(new CompanyByUidSpec(insurerId, uid.Value.Value), cancellationToken) is not null)
        {
            return PortalErrors.UidTaken;
        }

        var company = ClientCompany.Create(
            insurerId, form.Name, uid.Value, form.Street, form.PostalCode, form.City, contracts.Value, advisorId, form.Paperless, form.CopyEmail, time.GetUtcNow());
        if (company.IsSuccess)
        {
            repository.Add(company.Value);
        }

        return company;
    }
}
