using System.IO.Compression;
using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Storage;
using Modular.Vault.Application.Documents;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Links;

namespace Modular.Vault.Application.Links.OpenLinkArchive;

/// <summary>The ZIP of a session's files: built once into a temp file, then kept in the blob store.</summary>
internal sealed class OpenLinkArchiveQueryHandler(IVaultRepository repository, IBlobStore blobs, LinkSessions sessions) : IRequestHandler<OpenLinkArchiveQuery, Result<DocumentContentDto>>
{
    public async Task<Result<DocumentContentDto>> Handle(OpenLinkArchiveQuery request, CancellationToken cancellationToken)
    {
        var opened = await sessions.OpenAsync(request.Token, request.SessionToken, cancellationToken);
        if (opened.IsFailure)
        {
            return opened.Error;
        }

        var link = opened.Value;
        var content = link.ArchiveBlobId is { } kept ? await blobs.OpenReadAsync(kept, cancellationToken) : null;
        var blobId = link.ArchiveBlobId;
        if (content is null)
        {
            var documents = await repository.ListAsync(new DocumentsByIdsSpec(link.DocumentIds, link.OrganisationId), cancellationToken);
            if (documents.Count == 0)
            {
                return VaultErrors.DocumentNotFound;
            }

            var built = await BuildAsync(documents, cancellationToken);
            if (built.IsFailure)
            {
                return built.Error!;
            }

            blobId = await repository.KeepArchiveAsync(link.Id, built.Value.Id, cancellationToken);
            content = await blobs.OpenReadAsync(blobId, cancellationToken)
                ?? throw new InvalidOperationException($"The archive of link {link.Id} is missing from the store.");
        }

        var archive = new DocumentDto(link.Id, link.FolderId, DownloadLink.ArchiveName, "application/zip", content.Length, blobId!, link.CreatedBy, link.UsedAt ?? link.CreatedAt);
        return new DocumentContentDto(archive, content);
    }

    /// <summary>The archive, or the refusal of a damaged file: the temporary file goes with it, never an archive cut short.</summary>
    private async Task<Result<BlobInfo>> BuildAsync(IReadOnlyList<Domain.Documents.Document> documents, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"modular-zip-{Guid.NewGuid():N}.tmp");
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        await using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var document in documents)
            {
                var entry = zip.CreateEntry(UniqueName(document.Name, names), CompressionLevel.NoCompression);
                entry.LastWriteTime = document.UploadedAt;
                var stored = await blobs.OpenAsync(document, cancellationToken);
                if (stored.IsFailure)
                {
                    return stored.Error!;
                }

                await using var source = stored.Value;
                await using var target = await entry.OpenAsync(cancellationToken);
                await source.CopyToAsync(target, cancellationToken);
            }
        }

        file.Position = 0;
        return await blobs.PutAsync(file, cancellationToken);
    }

    /// <summary>"a.pdf", then "a (2).pdf", "a (3).pdf"… for documents that share a name.</summary>
    private static string UniqueName(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{Path.GetFileNameWithoutExtension(name)} ({n}){Path.GetExtension(name)}";
        }

        return candidate;
    }
}
