using MediatR;
using Microsoft.AspNetCore.Mvc;
using Modular.Vault.Contracts;

namespace Modular.Host.Api;

/// <summary>Body of <c>POST /vault/folders</c>.</summary>
internal sealed record CreateFolderRequest(string? Name, bool IsPublic);

/// <summary>Body of <c>POST /vault/folders</c>'s answer: the id of the folder created.</summary>
internal sealed record CreatedFolderResponse(Guid Id);

/// <summary>Body of an upload's answer: the new documents' ids and the documents, in the order of the parts.</summary>
internal sealed record UploadedDocumentsResponse(IReadOnlyList<Guid> Ids, IReadOnlyList<DocumentDto> Documents);

/// <summary>
/// The organisation's vault ("Coffre") for an agent's own tools, with a person's token: folders,
/// their documents, uploads and downloads. Reads need <c>vault.read</c>, changes <c>vault.write</c>;
/// the handlers check the organisation, so another organisation's ids are not found.
/// </summary>
internal static class VaultApi
{
    private const string Tag = "Vault";
    private const string FoldersPath = "/api/v1/vault/folders/";

    public static RouteGroupBuilder MapVaultApi(this RouteGroupBuilder api, long maxFileBytes)
    {
        var vault = api.MapGroup("/vault").WithTags(Tag);

        vault.MapGet("/folders", async (IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new ListFoldersQuery(), ct)))
            .RequireScope(VaultScopes.Read)
            .WithName("ListVaultFolders")
            .WithSummary("The folders of the caller's organisation, by name")
            .Produces<IReadOnlyList<FolderDto>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        vault.MapPost("/folders", async (CreateFolderRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new CreateFolderCommand(request.Name ?? "", request.IsPublic), ct);
                return created.IsSuccess
                    ? TypedResults.Created(FoldersPath + created.Value, new CreatedFolderResponse(created.Value))
                    : ApiResults.Problem(created.Error!);
            })
            .RequireScope(VaultScopes.Write)
            .WithName("CreateVaultFolder")
            .WithSummary("Creates a folder in the caller's organisation's vault")
            .WithDescription("A name already used in the vault, whatever its case and accents, is refused with 409 `folder-name-taken`; an empty or too long name with 422 `folder-name-invalid`, the reason under `errors.Name`.")
            .Produces<CreatedFolderResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        vault.MapGet("/folders/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new GetFolderQuery(id), ct)))
            .RequireScope(VaultScopes.Read)
            .WithName("GetVaultFolder")
            .WithSummary("A folder with its documents and its journal, newest first")
            .Produces<FolderDetailsDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        vault.MapDelete("/folders/{id:guid}", async (Guid id, int? documentCount, IMediator mediator, CancellationToken ct) =>
                ApiResults.NoContent(await mediator.Send(new DeleteFolderCommand(id, documentCount), ct)))
            .RequireScope(VaultScopes.Write)
            .WithName("DeleteVaultFolder")
            .WithSummary("Deletes a folder with its documents")
            .WithDescription("""
                The folder's documents are deleted (their bytes are removed after the commit), its links that
                can still be used are revoked (`link-revoked` for their holders; an open download session
                ends), the rights given on it are removed and its open collection requests cancelled. Its
                journal is kept, ending with the deletion, and shown among the deleted folders. With
                `documentCount` (the count the caller confirmed), a folder holding another number of documents
                by then is left as it is: 409 `folder-changed` with `documentCount`. A person's home page:
                409 `folder-is-home-page`. Another organisation's folder, or one already deleted: 404
                `folder-not-found`.
                """)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        vault.MapGet("/folders/{id:guid}/documents", async (Guid id, IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok((await mediator.Send(new GetFolderQuery(id), ct)).Map(folder => folder.Documents)))
            .RequireScope(VaultScopes.Read)
            .WithName("ListVaultDocuments")
            .WithSummary("A folder's documents, newest first, with their size and SHA-256")
            .Produces<IReadOnlyList<DocumentDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        vault.MapPost("/folders/{id:guid}/documents", (Guid id, HttpRequest request, IMediator mediator, CancellationToken ct) =>
                VaultUploads.ReceiveAsync(id, request, mediator, ct))
            .RequireScope(VaultScopes.Write)
            // The module enforces the limit per file; the request may carry several files.
            .WithMetadata(new RequestSizeLimitAttribute(VaultUploads.MaxRequestBytes(maxFileBytes)))
            // Described for OpenAPI only: Accepts metadata would make routing turn other bodies into a 404.
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = VaultUploads.OpenApiRequestBody();
                return Task.CompletedTask;
            })
            .WithName("UploadVaultDocuments")
            .WithSummary("Uploads one or more files (multipart parts named `file`) to a folder")
            .WithDescription($"""
                Each part is streamed to the vault in order and stored on its own: its type is read from its
                first bytes and must match its extension. At most {VaultUploads.MaxFilesPerRequest} files per request.
                When a file is refused, the answer is that refusal's problem details (422 `file-empty`,
                `file-type-refused`, `file-type-mismatch`, `file-name-invalid`; 413 `file-too-large`) with
                `file` (its name), `index` (its position among the files, from 0) and `stored` (the documents
                stored before it, which stay); the files after it are not read.
                """)
            .Produces<UploadedDocumentsResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        vault.MapGet("/documents/{id:guid}/content", async (Guid id, HttpResponse response, IMediator mediator, CancellationToken ct) =>
            {
                var opened = await mediator.Send(new OpenDocumentQuery(id), ct);
                if (opened.IsFailure)
                {
                    return ApiResults.Problem(opened.Error);
                }

                return DocumentFile.Attachment(opened.Value, response);
            })
            .RequireScope(VaultScopes.Read)
            .WithName("DownloadVaultDocument")
            .WithSummary("A document's bytes, as an attachment")
            .WithDescription("The `ETag` is the content's SHA-256. `Range` gives 206 (416 when unsatisfiable); `If-None-Match` gives 304; `If-Range` is honoured.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Produces(StatusCodes.Status206PartialContent, contentType: "application/octet-stream")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status416RangeNotSatisfiable);

        return api;
    }
}
