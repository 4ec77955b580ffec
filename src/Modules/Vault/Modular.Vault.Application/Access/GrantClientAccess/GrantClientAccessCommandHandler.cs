using System.Text.RegularExpressions;
using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Application.Access.GrantClientAccess;

internal sealed partial class GrantClientAccessCommandHandler(IVaultRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<GrantClientAccessCommand, Result>
{
    public async Task<Result> Handle(GrantClientAccessCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new FolderOfOrganisationSpec(request.FolderId, organisationId), cancellationToken) is not { } folder)
        {
            return VaultErrors.FolderNotFound;
        }

        var clientId = request.ClientId?.Trim() ?? "";
        if (!ClientIdPattern().IsMatch(clientId))
        {
            return VaultErrors.ClientIdInvalid;
        }

        if (request.Level is not (FolderAccessLevel.Read or FolderAccessLevel.Write))
        {
            return VaultErrors.LevelInvalid;
        }

        var now = time.GetUtcNow();
        var level = (AccessLevel)request.Level;
        if (await repository.FindAsync(new GrantOfClientOnFolderSpec(folder.Id, clientId), cancellationToken) is { } grant)
        {
            grant.Change(level, user.RequireUserId(), now);
            repository.Append(new JournalEntry(folder.Id, now, JournalKind.AccessChanged, user.UserId, ("client", clientId), ("level", level.ToString()), (JournalEntry.VariantKey, "client")));
        }
        else
        {
            repository.Add(AccessGrant.ForClient(organisationId, folder.Id, clientId, level, user.RequireUserId(), now));
            repository.Append(new JournalEntry(folder.Id, now, JournalKind.AccessGranted, user.UserId, ("client", clientId), ("level", level.ToString()), (JournalEntry.VariantKey, "client")));
        }

        return await repository.SaveChangesAsync(cancellationToken);
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,100}$")]
    private static partial Regex ClientIdPattern();
}
