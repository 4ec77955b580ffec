using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Storage;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Collections;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.People;
using Modular.Vault.Domain;

namespace Modular.Vault.Application.Collections.CancelCollectionRequest;

internal sealed class CancelCollectionRequestCommandHandler(IVaultRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<CancelCollectionRequestCommand, Result>
{
    public async Task<Result> Handle(CancelCollectionRequestCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new CollectionRequestOfOrganisationSpec(request.RequestId, organisationId), cancellationToken) is not { } collection)
        {
            return VaultErrors.CollectionNotFound;
        }

        var cancelled = collection.Cancel(time.GetUtcNow());
        return cancelled.IsFailure ? cancelled : await repository.SaveChangesAsync(cancellationToken);
    }
}
