using Modular.Vault.Contracts;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Application.Folders;

internal static class VaultMapping
{
    public static FolderDto ToDto(this Folder folder, (int Count, long Size) totals, AccessLevel level = AccessLevel.Manage) =>
        new(folder.Id, folder.Name, folder.IsPublic, totals.Count, totals.Size, folder.CreatedAt, (FolderAccessLevel)level);

    public static DocumentDto ToDto(this Document document) =>
        new(document.Id, document.FolderId, document.Name, document.ContentType, document.Size, document.Sha256, document.UploadedBy, document.UploadedAt);
}
