using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.People.UpdatePerson;

internal sealed class UpdatePersonCommandHandler(IVaultRepository repository, ICurrentUser user) : IRequestHandler<UpdatePersonCommand, Result>
{
    public async Task<Result> Handle(UpdatePersonCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new PersonOfOrganisationSpec(request.PersonId, organisationId), cancellationToken) is not { } person)
        {
            return VaultErrors.PersonNotFound;
        }

        var updated = person.Update(request.Person.ToDetails());
        return updated.IsFailure ? updated : await repository.SaveChangesAsync(cancellationToken);
    }
}
