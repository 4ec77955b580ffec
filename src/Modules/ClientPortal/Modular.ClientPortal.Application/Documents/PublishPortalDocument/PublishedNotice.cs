using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Documents;

namespace Modular.ClientPortal.Application.Documents.PublishPortalDocument;

/// <summary>
/// What a new document sets off beyond the portal, decided as the company's delivery reads at the
/// moment of publishing: a letter when it gets paper, a copy to its third party; nothing for a
/// paperless company with no third party.
/// </summary>
internal static class PublishedNotice
{
    public static PortalDocumentPublishedIntegrationEvent? For(ClientCompany company, PortalDocument document, DateTimeOffset now)
    {
        var copy = company.CopyAddress is { } a ? new PortalPostalAddressDto(a.Name, a.Street, a.PostalCode, a.City, a.Country) : null;
        return company.Paperless && company.CopyEmail is null && copy is null
            ? null
            : new PortalDocumentPublishedIntegrationEvent(Guid.CreateVersion7(now), now, document.Id, company.Id, company.InsurerId, !company.Paperless, company.CopyEmail, copy);
    }
}
