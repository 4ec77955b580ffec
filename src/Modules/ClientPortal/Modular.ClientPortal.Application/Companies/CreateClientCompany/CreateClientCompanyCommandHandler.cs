using MediatR;
using Modular.ClientPortal.Application.Access;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.ClientPortal.Application.Companies.CreateClientCompany;

/// <summary>
/// « Nouvelle entreprise cliente »: the advisor types the company, its UID and its contracts; the
/// advisor becomes the company's. A UID already used by another of the insurer's companies is
/// refused, also when two advisors save it at the same moment (the store's unique index decides).
/// </summary>
internal sealed class CreateClientCompanyCommandHandler(IPortalRepository repository, CompanyRegistration registration, PortalAccess access, ICurrentUser user)
    : IRequestHandler<CreateClientCompanyCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(CreateClientCompanyCommand request, CancellationToken cancellationToken)
    {
        var insurer = access.RequireInsurer();
        if (insurer.IsFailure)
        {
            return insurer.Error;
        }

        var company = await registration.AddAsync(insurer.Value, user.RequireUserId(), request, cancellationToken);
        if (company.IsFailure)
        {
            return company.Error;
        }

        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsSuccess ? company.Value.Id : saved.Error!;
    }
}
