using MediatR;
using Modular.ClientPortal.Application.Access;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain;
using Modular.ClientPortal.Domain.Companies;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.ClientPortal.Application.Companies.CreateClientCompany;

/// <summary>
/// « Nouvelle entreprise cliente »: the advisor types the company, its UID and its contracts; the
/// advisor becomes the company's. A UID already used by another of the insurer's companies is
/// refused, also when two advisors save it at the same moment (the store's unique index decides).
/// </summary>
internal sealed class CreateClientCompanyCommandHandler(IPortalRepository repository, PortalAccess access, ICurrentUser user, TimeProvider time)
    : IRequestHandler<CreateClientCompanyCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(CreateClientCompanyCommand request, CancellationToken cancellationToken)
    {
        var insurer = access.RequireInsurer();
        if (insurer.IsFailure)
        {
            return insurer.Error;
        }

        var uid = SwissUid.Parse(request.Uid);
        if (uid.IsFailure)
        {
            return uid.Error;
        }

        var contracts = ClientCompany.ReadContracts([.. request.Contracts.Select(c => (c.Line.ToDomain(), c.Number, c.AnnualPremium))]);
        if (contracts.IsFailure)
        {
            return contracts.Error;
        }

        if (await repository.FindAsync(new CompanyByUidSpec(insurer.Value, uid.Value.Value), cancellationToken) is not null)
        {
            return PortalErrors.UidTaken;
        }

        var company = ClientCompany.Create(
            insurer.Value, request.Name, uid.Value, request.Street, request.PostalCode, request.City,
            contracts.Value, user.RequireUserId(), request.Paperless, request.CopyEmail, time.GetUtcNow());
        if (company.IsFailure)
        {
            return company.Error;
        }

        repository.Add(company.Value);
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsSuccess ? company.Value.Id : saved.Error!;
    }
}
