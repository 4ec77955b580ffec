using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Application.Folders.CreateFolder;

internal sealed class CreateFolderCommandHandler(IVaultRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<CreateFolderCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(CreateFolderCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId)
        {
            return VaultErrors.NoOrganisation;
        }

        var now = time.GetUtcNow();
        var folder = Folder.Create(organisationId, request.Name, request.IsPublic, user.RequireUserId(), now);
        if (folder.IsFailure)
        {
            return folder.Error;
        }

        repository.Add(folder.Value);
        repository.Append(new JournalEntry(folder.Value.Id, now, JournalKind.FolderCreated, user.UserId, ("name", folder.Value.Name)));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsSuccess ? folder.Value.Id : saved.Error;
    }
}
