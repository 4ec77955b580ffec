using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Application.Folders;

internal sealed class ListFoldersQueryHandler(IVaultRepository repository, ICurrentUser user) : IRequestHandler<ListFoldersQuery, Result<IReadOnlyList<FolderDto>>>
{
    public async Task<Result<IReadOnlyList<FolderDto>>> Handle(ListFoldersQuery request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId)
        {
            return VaultErrors.NoOrganisation;
        }

        var folders = await repository.ListAsync(new FoldersOfOrganisationSpec(organisationId), cancellationToken);
        var totals = await repository.FolderTotalsAsync(organisationId, cancellationToken);
        return Result<IReadOnlyList<FolderDto>>.Success([.. folders.Select(f => f.ToDto(totals.GetValueOrDefault(f.Id)))]);
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

internal sealed class GetFolderQueryHandler(IVaultRepository repository, ICurrentUser user) : IRequestHandler<GetFolderQuery, Result<FolderDetailsDto>>
{
    private const int JournalLength = 200;

    public async Task<Result<FolderDetailsDto>> Handle(GetFolderQuery request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new FolderOfOrganisationSpec(request.FolderId, organisationId), cancellationToken) is not { } folder)
        {
            return VaultErrors.FolderNotFound;
        }

        var documents = await repository.ListAsync(new DocumentsInFolderSpec(folder.Id), cancellationToken);
        var journal = await repository.ListAsync(new FolderJournalSpec(folder.Id, JournalLength), cancellationToken);
        return new FolderDetailsDto(
            folder.ToDto((documents.Count, documents.Sum(d => d.Size))),
            [.. documents.Select(d => d.ToDto())],
            [.. journal.Select(j => new JournalEntryDto(j.At, (JournalEntryKind)j.Kind, j.ActorId, j.Detail))]);
    }
}

internal static class VaultMapping
{
    public static FolderDto ToDto(this Folder folder, (int Count, long Size) totals) =>
        new(folder.Id, folder.Name, folder.IsPublic, totals.Count, totals.Size, folder.CreatedAt);

    public static DocumentDto ToDto(this Document document) =>
        new(document.Id, document.FolderId, document.Name, document.ContentType, document.Size, document.Sha256, document.UploadedBy, document.UploadedAt);
}
