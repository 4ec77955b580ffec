using MediatR;
using Modular.ClientPortal.Application.Access;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Documents;
using Modular.ClientPortal.Domain.Search;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Specifications;

namespace Modular.ClientPortal.Application.Documents.ListPortalDocuments;

/// <summary>
/// The reader's company's documents through the search port: with words, only those whose title,
/// type or text hold them all (each also as the start of a longer word); whatever the words, never
/// another company's. Words are never syntax for the index: quotes, <c>*</c> or <c>NEAR</c> are
/// searched as text or ignored.
/// </summary>
internal sealed class ListPortalDocumentsQueryHandler(IPortalSearch search, PortalAccess access, DocumentItems items, TimeProvider time)
    : IRequestHandler<ListPortalDocumentsQuery, Result<PagedList<PortalDocumentItemDto>>>
{
    public async Task<Result<PagedList<PortalDocumentItemDto>>> Handle(ListPortalDocumentsQuery request, CancellationToken cancellationToken)
    {
        var reader = await access.RequireReaderAsync(cancellationToken);
        if (reader.IsFailure)
        {
            return reader.Error;
        }

        var line = request.Line is { Length: > 0 } lineText ? Lines.Parse(lineText) : null;
        if (line is null && request.Line is { Length: > 0 })
        {
            return PortalErrors.LineInvalid(request.Line);
        }

        var kind = request.Type is { Length: > 0 } typeText ? DocumentKinds.Parse(typeText) : null;
        if (kind is null && request.Type is { Length: > 0 })
        {
            return PortalErrors.DocumentTypeNotInLine(request.Type, line?.Code() ?? "IJM, LAA, LAAC");
        }

        if (line is { } chosen && kind is { } chosenKind && !chosen.Allows(chosenKind))
        {
            return PortalErrors.DocumentTypeNotInLine(request.Type, chosen.Code());
        }

        var (page, pageSize) = Paging.Clamp(request.Page, request.PageSize);
        var terms = SearchTerms.Parse(request.Query);
        var now = time.GetUtcNow();
        var filter = new DocumentFilter(
            reader.Value.CompanyId,
            now,
            line,
            kind,
            request.Year is > 0 and < 10000 ? request.Year : null,
            request.From,
            request.To,
            request.ExpiringWithinDays is > 0 and <= 3660 ? now.AddDays(request.ExpiringWithinDays.Value) : null);
        var (documents, total) = await search.FindAsync(filter, terms, Paging.Skip(page, pageSize), pageSize, cancellationToken);
        return new PagedList<PortalDocumentItemDto>(await items.OfAsync(reader.Value, documents, terms, cancellationToken), page, pageSize, total);
    }
}
