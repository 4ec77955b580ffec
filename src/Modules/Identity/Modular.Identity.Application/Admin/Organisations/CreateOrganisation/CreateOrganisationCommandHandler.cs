using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Admin;
using Modular.Identity.Domain.Organisations;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Admin.Organisations.CreateOrganisation;

internal sealed class CreateOrganisationCommandHandler(IOrganisationRepository organisations, TimeProvider time)
    : IRequestHandler<CreateOrganisationCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(CreateOrganisationCommand request, CancellationToken cancellationToken)
    {
        var created = Organisation.Create(request.Name, time);
        if (created.IsFailure)
        {
            return created.Error;
        }

        if (await organisations.AnyAsync(new OrganisationByNameSpec(created.Value.Name), cancellationToken))
        {
            return IdentityErrors.OrganisationNameTaken;
        }

        organisations.Add(created.Value);
        await organisations.SaveChangesAsync(cancellationToken);
        return created.Value.Id;
    }
}
