using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Access;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Application.Folders;

/// <summary>An agent's organisation's folders; for anyone else, the folders they were given access to.</summary>
internal sealed class ListFoldersQueryHandler(IVaultRepository repository, FolderAccess access) : IRequestHandler<ListFoldersQuery, Result<IReadOnlyList<FolderDto>>>
{
    public async Task<Result<IReadOnlyList<FolderDto>>> Handle(ListFoldersQuery request, CancellationToken cancellationToken)
    {
        var folders = await access.ListAsync(cancellationToken);
        var totals = new Dictionary<Guid, (int Count, long Size)>();
        foreach (var organisationId in folders.Select(f => f.Folder.OrganisationId).Distinct())
        {
            foreach (var (folderId, total) in await repository.FolderTotalsAsync(organisationId, cancellationToken))
            {
                totals[folderId] = total;
            }
        }

        return Result<IReadOnlyList<FolderDto>>.Success([.. folders.Select(f => f.Folder.ToDto(totals.GetValueOrDefault(f.Folder.Id), f.Level))]);
    }
}

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
        repository.Append(new JournalEntry(folder.Value.Id, now, JournalKind.FolderCreated, user.UserId, folder.Value.Name));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsSuccess ? folder.Value.Id : saved.Error;
    }
}

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

        repository.Append(new JournalEntry(folder.Id, time.GetUtcNow(), JournalKind.FolderRenamed, user.UserId, $"{before} → {folder.Name}"));
        return await repository.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A folder for anyone who reaches it; the journal only for those who manage it.</summary>
internal sealed class GetFolderQueryHandler(IVaultRepository repository, FolderAccess access) : IRequestHandler<GetFolderQuery, Result<FolderDetailsDto>>
{
    private const int JournalLength = 200;

    public async Task<Result<FolderDetailsDto>> Handle(GetFolderQuery request, CancellationToken cancellationToken)
    {
        var found = await access.RequireAsync(request.FolderId, AccessLevel.Read, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var (folder, level) = found.Value;
        var documents = await repository.ListAsync(new DocumentsInFolderSpec(folder.Id), cancellationToken);
        var journal = level == AccessLevel.Manage ? await repository.ListAsync(new FolderJournalSpec(folder.Id, JournalLength), cancellationToken) : [];
        return new FolderDetailsDto(
            folder.ToDto((documents.Count, documents.Sum(d => d.Size)), level),
            [.. documents.Select(d => d.ToDto())],
            [.. journal.Select(j => new JournalEntryDto(j.At, (JournalEntryKind)j.Kind, j.ActorId, j.Detail))]);
    }
}

internal static class VaultMapping
{
    public static FolderDto ToDto(this Folder folder, (int Count, long Size) totals, AccessLevel level = AccessLevel.Manage) =>
        new(folder.Id, folder.Name, folder.IsPublic, totals.Count, totals.Size, folder.CreatedAt, (FolderAccessLevel)level);

    public static DocumentDto ToDto(this Document document) =>
        new(document.Id, document.FolderId, document.Name, document.ContentType, document.Size, document.Sha256, document.UploadedBy, document.UploadedAt);
}
