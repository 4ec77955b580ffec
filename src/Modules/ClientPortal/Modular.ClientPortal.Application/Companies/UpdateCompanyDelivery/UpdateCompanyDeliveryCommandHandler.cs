using MediatR;
using Modular.ClientPortal.Application.Access;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain;
using Modular.ClientPortal.Domain.Companies;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Application.Companies.UpdateCompanyDelivery;

/// <summary>The advisor sets paper or paperless, and the third-party address that receives copies.</summary>
internal sealed class UpdateCompanyDeliveryCommandHandler(IPortalRepository repository, PortalAccess access)
    : IRequestHandler<UpdateCompanyDeliveryCommand, Result>
{
    public async Task<Result> Handle(UpdateCompanyDeliveryCommand request, CancellationToken cancellationToken)
    {
        var insurer = access.RequireInsurer();
        if (insurer.IsFailure)
        {
            return insurer.Error!;
        }

        if (await repository.FindAsync(new CompanyOfInsurerSpec(request.CompanyId, insurer.Value), cancellationToken) is not { } company)
        {
            return PortalErrors.CompanyNotFound;
        }

        CopyPostalAddress? copyAddress = null;
        if (request.CopyAddress is { } typed)
        {
            var read = CopyPostalAddress.Read(typed.Name, typed.Street, typed.PostalCode, typed.City, typed.Country);
            if (read.IsFailure)
            {
                return read.Error!;
            }

            copyAddress = read.Value;
        }

        var updated = company.UpdateDelivery(request.Paperless, request.CopyEmail, copyAddress);
        return updated.IsFailure ? updated : await repository.SaveChangesAsync(cancellationToken);
    }
}
