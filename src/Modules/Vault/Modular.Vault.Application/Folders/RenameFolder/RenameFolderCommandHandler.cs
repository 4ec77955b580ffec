using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Application.Folders.RenameFolder;

internal sealed class RenameFolderCommandHandler(IVaultRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<RenameFolderCommand, Result>
{
    public async Task<Result> Handle(RenameFolderCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new FolderOfOrganisationSpec(request.FolderId, organisationId), cancellationToken) is not { } folder)
        {
            return VaultErrors.FolderNotFound;
        }

        var before = folder.Name;
        var renamed = folder.Rename(request.Name);
        if (renamed.IsFailure)
        {
            return renamed;
        }

        repository.Append(new JournalEntry(folder.Id, time.GetUtcNow(), JournalKind.FolderRenamed, user.UserId, ("before", before), ("after", folder.Name)));
        return await repository.SaveChangesAsync(cancellationToken);
    }
}
