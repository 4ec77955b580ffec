using Modular.Vault.Contracts;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Application.Folders;

internal static class VaultMapping
{
    public static FolderDto ToDto(this Folder folder, (int Count, long Size) totals, AccessLevel level = AccessLevel.Manage) =>
        new(folder.Id, folder.Name, folder.IsPublic, totals.Count, totals.Size, folder.CreatedAt, (FolderAccessLevel)level, folder.HomeOfPersonId is not null);

    /// <summary>A journal line: its values, or the French text of a line written before values were.</summary>
    public static JournalEntryDto ToDto(this JournalEntry entry) =>
        (entry.Values is { } values
            ? new JournalEntryDto(entry.At, (JournalEntryKind)entry.Kind, entry.ActorId, values, null)
            : new JournalEntryDto(entry.At, (JournalEntryKind)entry.Kind, entry.ActorId, new Dictionary<string, string>(), entry.Detail)) with
        {
            ActingUserId = entry.ActingUserId,
        };

    /// <summary>A deleted folder, with the journal line of its deletion when there is one.</summary>
    public static DeletedFolderDto ToDeletedDto(this Folder folder, JournalEntry? deletion) =>
        new(folder.Id, folder.Name, folder.IsPublic, folder.CreatedAt, folder.DeletedAt ?? folder.CreatedAt, folder.DeletedBy, deletion?.ToDto());

    public static DocumentDto ToDto(this Document document) =>
        new(document.Id, document.FolderId, document.Name, document.ContentType, document.Size, document.Sha256, document.UploadedBy, document.UploadedAt);
}
