using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Documents;
using Modular.ClientPortal.Infrastructure.Persistence;
using Modular.Identity.Contracts.Account;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Text;

namespace Modular.ClientPortal.Infrastructure.Notices;

/// <summary>
/// A new document leaves the portal too: as a letter to a company that gets paper (the print queue,
/// the PDF enclosed), and as a copy to the company's third party (attached to an email, or enclosed
/// in a letter). Written in the language of the company's first client admin (French when it has
/// none). A document deleted before the event is handled has nothing left to send.
/// </summary>
internal sealed class PortalDocumentPublishedIntegrationEventHandler(PortalDbContext context, TimeProvider time, PortalMessages messages, IPortalBlobs blobs, IMediator mediator)
    : IdempotentIntegrationEventHandler<PortalDocumentPublishedIntegrationEvent, PortalDbContext>(context, time)
{
    public const string LetterTemplate = "portal.document-letter";
    public const string CopyTemplate = "portal.document-copy";

    /// <summary>Swiss letters name their country on the last line, as the print queue's address block expects one.</summary>
    private const string Switzerland = CopyPostalAddress.Switzerland;

    protected override async Task HandleOnceAsync(PortalDocumentPublishedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        var document = await Context.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == e.DocumentId, cancellationToken);
        var company = await Context.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == e.CompanyId, cancellationToken);
        if (document is null || company is null)
        {
            return;
        }

        var language = await LanguageAsync(company.Id, cancellationToken);
        var model = await ModelAsync(document, company, e.InsurerId, language, cancellationToken);
        EnclosureDto[] pdf = [new(document.FileName, "application/pdf", ct => OpenAsync(document, ct))];
        if (e.ByPost)
        {
            var address = new PostalAddressDto(company.Name, company.Street, null, company.PostalCode, company.City, Switzerland);
            await SendAsync(LetterTemplate, language, Channel.Postal, new RecipientDto(company.Name, Address: address), model, pdf, e, "letter", cancellationToken);
        }

        if (e.CopyEmail is { } email)
        {
            await SendAsync(CopyTemplate, language, Channel.Email, new RecipientDto(null, email), model, pdf, e, "copy-email", cancellationToken);
        }

        if (e.CopyAddress is { } copy)
        {
            var address = new PostalAddressDto(copy.Name ?? "", copy.Street ?? "", null, copy.PostalCode ?? "", copy.City ?? "", copy.Country ?? Switzerland);
            await SendAsync(CopyTemplate, language, Channel.Postal, new RecipientDto(copy.Name, Address: address), model, pdf, e, "copy-post", cancellationToken);
        }
    }

    private async Task SendAsync(
        string template, string language, Channel channel, RecipientDto recipient, IReadOnlyDictionary<string, string> model, EnclosureDto[] pdf,
        PortalDocumentPublishedIntegrationEvent e, string what, CancellationToken cancellationToken) =>
        (await mediator.Send(
            new SendMessageCommand(template, language, channel, recipient, model, PortalMessages.Module, e.DocumentId.ToString(), e.InsurerId, $"{e.EventId}:{what}", pdf),
            cancellationToken)).OrThrow($"Sending '{template}' ({what}) for document {e.DocumentId}");

    private async Task<Dictionary<string, string>> ModelAsync(PortalDocument document, ClientCompany company, Guid insurerId, string language, CancellationToken cancellationToken) => new()
    {
        ["company"] = company.Name,
        ["insurer"] = await messages.InsurerNameAsync(insurerId, cancellationToken),
        ["title"] = document.Title,
        ["line"] = document.Line.Code(),
        ["type"] = PortalMessages.TypeName(document.Kind, language),
        ["document_date"] = messages.Time.Date(document.DocumentDate, language),
        ["expires"] = messages.Time.Date(document.ExpiresAt, language),
        ["url"] = messages.PortalUrl(PortalMessages.PortalPath),
    };

    private async Task<Stream> OpenAsync(PortalDocument document, CancellationToken cancellationToken) =>
        await blobs.OpenReadAsync(document.Sha256, cancellationToken)
        ?? throw new InvalidOperationException($"The PDF of portal document {document.Id} is missing from the store.");

    /// <summary>The language of the company's first active client admin; French when it has none yet.</summary>
    private async Task<string> LanguageAsync(Guid companyId, CancellationToken cancellationToken)
    {
        var admins = await Context.Members.AsNoTracking()
            .Where(m => m.CompanyId == companyId && m.Role == MemberRole.ClientAdmin && m.DeactivatedAt == null)
            .OrderBy(m => m.AddedAt)
            .Select(m => m.UserId)
            .ToListAsync(cancellationToken);
        foreach (var admin in admins)
        {
            var contact = await mediator.Send(new GetAccountContactQuery(admin), cancellationToken);
            if (contact.IsSuccess && contact.Value.IsActive)
            {
                return Languages.Of(contact.Value.PreferredLanguage);
            }
        }

        return Languages.French;
    }
}
