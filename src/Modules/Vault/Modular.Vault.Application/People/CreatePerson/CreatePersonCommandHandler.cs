using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.People.CreatePerson;

internal sealed class CreatePersonCommandHandler(IVaultRepository repository, ICurrentUser user, IMediator mediator, TimeProvider time) : IRequestHandler<CreatePersonCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(CreatePersonCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId)
        {
            return VaultErrors.NoOrganisation;
        }

        var account = await mediator.Send(new GetMyAccountQuery(), cancellationToken);
        var person = Person.Create(organisationId, account.IsSuccess ? account.Value.OrganisationName ?? "" : "", request.Person.ToDetails(), user.RequireUserId(), time.GetUtcNow());
        if (person.IsFailure)
        {
            return person.Error!;
        }

        repository.Add(person.Value);
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsSuccess ? person.Value.Id : saved.Error!;
    }
}
