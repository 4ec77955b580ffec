using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Collections;

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
