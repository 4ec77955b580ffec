using System.Globalization;
using MediatR;
using Modular.ClientPortal.Application;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Documents;
using Modular.Identity.Contracts.Account;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Links;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Text;

namespace Modular.ClientPortal.Infrastructure.Notices;

/// <summary>
/// What the portal's email consumers share: the client user's address and language (their account's,
/// now), the documents written out in that language, the link to the portal, the insurer's name, a
/// secret carried by an event, and the send itself, under an idempotency key, so that a redelivered
/// event finds the first message. A refusal is thrown so that the outbox retries the event rather
/// than losing the message.
/// </summary>
internal sealed class PortalMessages(IMediator mediator, ISecretProtector secrets, DisplayTime display, IPublicLinks links)
{
    public const string Module = "ClientPortal";

    /// <summary>The client's portal (the Host's Portal area), where the documents are listed and downloaded.</summary>
    public const string PortalPath = "/Portal";

    public DisplayTime Time => display;

    /// <summary>
    /// Emails each letter to its user, in their language: the company, the number of documents, their
    /// list (with <paramref name="withDeletion"/>, when each will be deleted), the portal's link, and the
    /// value <paramref name="more"/> gives in that language; under the key <paramref name="keyOf"/> gives.
    /// A user whose account is gone or deactivated is skipped.
    /// </summary>
    public async Task SendEachAsync(
        string template, IEnumerable<PortalLetter> letters, bool withDeletion, Func<string, (string Name, string Value)> more, Func<PortalLetter, string> keyOf,
        CancellationToken cancellationToken)
    {
        foreach (var letter in letters)
        {
            if (await ContactAsync(letter.UserId, cancellationToken) is not { } contact)
            {
                continue;
            }

            var (name, value) = more(contact.Language);
            var model = new Dictionary<string, string>
            {
                ["company"] = letter.CompanyName,
                ["document_count"] = letter.Documents.Count.ToString(CultureInfo.InvariantCulture),
                ["documents"] = List(letter.Documents, contact.Language, withDeletion),
                ["url"] = links.BaseUrl + PortalPath,
                [name] = value,
            };
            (await mediator.Send(
                new SendMessageCommand(template, contact.Language, Channel.Email, new RecipientDto(null, contact.Email), model, Module, letter.CompanyId.ToString(), letter.InsurerId, keyOf(letter)),
                cancellationToken)).OrThrow($"Sending '{template}' to user {letter.UserId}");
        }
    }

    /// <summary>One email to an address given by an event (a requester, an invited person), in the event's language.</summary>
    public async Task SendEmailAsync(
        string template, string language, string name, string email, IReadOnlyDictionary<string, string> model,
        Guid aggregateId, Guid insurerId, string idempotencyKey, CancellationToken cancellationToken) =>
        (await mediator.Send(
            new SendMessageCommand(template, Languages.Of(language), Channel.Email, new RecipientDto(name, email), model, Module, aggregateId.ToString(), insurerId, idempotencyKey),
            cancellationToken)).OrThrow($"Sending '{template}' for {aggregateId}");

    /// <summary>The absolute address of a page of the Host (from the public base address).</summary>
    public string PortalUrl(string path) => links.BaseUrl + path;

    /// <summary>The insurer's name as its clients read it.</summary>
    public async Task<string> InsurerNameAsync(Guid insurerId, CancellationToken cancellationToken) =>
        (await mediator.Send(new GetOrganisationNameQuery(insurerId), cancellationToken)).OrThrow($"Reading the name of insurer {insurerId}");

    /// <summary>A secret carried by an event; unreadable means the keys changed, which only an operator can mend.</summary>
    public string Reveal(string protectedSecret, Guid aggregateId) =>
        secrets.Unprotect(protectedSecret)
        ?? throw new InvalidOperationException($"A secret of {aggregateId} cannot be decrypted: the data protection keys it was protected with are gone.");

    /// <summary>The document type as the portal's pages name it, in <paramref name="language"/>.</summary>
    public static string TypeName(DocumentKind kind, string language) => kind.Name(english: language == Languages.English);

    /// <summary>The account's address and language; null when it is gone or deactivated (it is written to no more).</summary>
    private async Task<(string Email, string Language)?> ContactAsync(Guid userId, CancellationToken cancellationToken)
    {
        var contact = await mediator.Send(new GetAccountContactQuery(userId), cancellationToken);
        if (contact.IsSuccess)
        {
            return contact.Value.IsActive ? (contact.Value.Email, Languages.Of(contact.Value.PreferredLanguage)) : null;
        }

        return contact.Error.Kind == ErrorKind.NotFound ? null : throw new InvalidOperationException($"Reading account {userId} failed: {contact.Error.Code}");
    }

    /// <summary>
    /// One line per document: « - Titre (LAA · Lettre de prise en charge · document du 20 novembre 2026) »,
    /// and with <paramref name="withDeletion"/> when it will be deleted, the zone named.
    /// </summary>
    private string List(IEnumerable<MailDocument> documents, string language, bool withDeletion)
    {
        var english = language == Languages.English;
        return string.Join("\n", documents.Select(d =>
        {
            var line = $"- {d.Title} ({d.Line.Code()} · {TypeName(d.Kind, language)} · {(english ? "dated" : "document du")} {display.Date(d.DocumentDate, language)})";
            return withDeletion
                ? line + (english ? ": deleted on " : " : effacé le ") + display.DateAndTime(d.ExpiresAt, language)
                : line;
        }));
    }
}
