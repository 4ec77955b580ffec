using System.Globalization;
using MediatR;
using Modular.Vault.Contracts;

namespace Modular.Host.Api;

/// <summary>Body of <c>POST /vault/collection-requests</c>: the folder, the person, the expected items, the last day and an optional message.</summary>
internal sealed record CreateCollectionRequestRequest(Guid FolderId, Guid PersonId, IReadOnlyList<string?>? Items, DateOnly? Deadline, string? Message);

/// <summary>"Collecter des documents" for an agent's tool (<c>vault.write</c>): the person gets the upload link by email.</summary>
internal static class VaultCollectionsApi
{
    private const string Tag = "Vault";

    public static RouteGroupBuilder MapVaultCollectionsApi(this RouteGroupBuilder api)
    {
        var collections = api.MapGroup("/vault/collection-requests").WithTags(Tag);

        collections.MapPost("/", async (CreateCollectionRequestRequest request, HttpRequest http, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(
                    new CreateCollectionRequestCommand(request.FolderId, request.PersonId, request.Items ?? [], request.Deadline, request.Message, CultureInfo.CurrentUICulture.Name), ct);
                if (created.IsFailure)
                {
                    return ApiResults.Problem(created.Error);
                }

                http.HttpContext.Response.Headers.CacheControl = "no-store";
                return TypedResults.Created(created.Value.Url, created.Value);
            })
            .RequireScope(VaultScopes.Write)
            .WithName("CreateCollectionRequest")
            .WithSummary("Asks a person of the directory for documents through an upload-only link emailed to them")
            .WithDescription("`items`: 1 to 20 labels of 200 characters at most, no duplicates (empty ones are ignored). `deadline`: the last day files are taken (`yyyy-MM-dd`, after today, at most 90 days ahead). The person must have an email (`collection-no-email`). The link (`url`, ending in `/depot/{token}`) is returned only here.")
            .Produces<CollectionLinkDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        return api;
    }
}
