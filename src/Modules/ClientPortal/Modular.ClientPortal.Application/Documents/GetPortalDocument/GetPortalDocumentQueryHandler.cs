using MediatR;
using Modular.ClientPortal.Application.Access;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain.Search;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Application.Documents.GetPortalDocument;

internal sealed class GetPortalDocumentQueryHandler(PortalAccess access, DocumentItems items)
    : IRequestHandler<GetPortalDocumentQuery, Result<PortalDocumentItemDto>>
{
    public async Task<Result<PortalDocumentItemDto>> Handle(GetPortalDocumentQuery request, CancellationToken cancellationToken)
    {
        var reader = await access.RequireReaderAsync(cancellationToken);
        if (reader.IsFailure)
        {
            return reader.Error;
        }

        var document = await access.RequireDocumentAsync(reader.Value, request.DocumentId, cancellationToken);
        if (document.IsFailure)
        {
            return document.Error;
        }

        return (await items.OfAsync(reader.Value, [document.Value], SearchTerms.Parse(null), cancellationToken))[0];
    }
}
