using Modular.SharedKernel.Specifications;

namespace Modular.ClientPortal.Domain.Documents;

internal sealed class DocumentOfCompanySpec : Specification<PortalDocument>
{
    public DocumentOfCompanySpec(Guid documentId, Guid companyId) => Query.Where(d => d.Id == documentId && d.CompanyId == companyId).AsNoTracking();
}

internal sealed class DocumentsByIdsOfCompanySpec : Specification<PortalDocument>
{
    public DocumentsByIdsOfCompanySpec(IReadOnlyCollection<Guid> documentIds, Guid companyId) =>
        Query.Where(d => documentIds.Contains(d.Id) && d.CompanyId == companyId).AsNoTracking();
}

internal sealed class PurgedDocumentOfCompanySpec : Specification<PurgedDocument>
{
    public PurgedDocumentOfCompanySpec(Guid documentId, Guid companyId) => Query.Where(d => d.Id == documentId && d.CompanyId == companyId).AsNoTracking();
}

internal sealed class LatestDocumentsOfCompanySpec : Specification<PortalDocument>
{
    public LatestDocumentsOfCompanySpec(Guid companyId, int take) =>
        Query.Where(d => d.CompanyId == companyId).OrderByDescending(d => d.PublishedAt).Take(take).AsNoTracking();
}

/// <summary>Documents past their end, oldest first, a batch at a time.</summary>
internal sealed class ExpiredDocumentsSpec : Specification<PortalDocument>
{
    public ExpiredDocumentsSpec(DateTimeOffset now, int take) => Query.Where(d => d.ExpiresAt <= now).OrderBy(d => d.ExpiresAt).Take(take);
}

internal sealed class DocumentsWithBlobSpec : Specification<PortalDocument>
{
    public DocumentsWithBlobSpec(string sha256) => Query.Where(d => d.Sha256 == sha256).AsNoTracking();
}

internal sealed class DocumentsOfCompanySpec : Specification<PortalDocument>
{
    public DocumentsOfCompanySpec(Guid companyId) => Query.Where(d => d.CompanyId == companyId).AsNoTracking();
}
