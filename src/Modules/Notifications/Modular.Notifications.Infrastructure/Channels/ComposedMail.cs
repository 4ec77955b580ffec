using MimeKit;
using Modular.Notifications.Application.Ports;

namespace Modular.Notifications.Infrastructure.Channels;

/// <summary>
/// One email as MIME: the HTML and text bodies, then each enclosure as an attachment streamed from
/// the module's store (never read whole into memory); the streams stay open until the message has
/// been written out, and close with it.
/// </summary>
internal sealed class ComposedMail : IAsyncDisposable
{
    private readonly List<Stream> _streams = [];

    private ComposedMail(MimeMessage message) => Message = message;

    public MimeMessage Message { get; }

    /// <summary>The file name of an enclosure whose bytes are gone from the store: the email cannot be sent as it was written.</summary>
    public string? MissingEnclosure { get; private set; }

    public static string Missing(string fileName) => $"La pièce jointe « {fileName} » est introuvable dans le stockage.";

    public static async Task<ComposedMail> ComposeAsync(OutgoingMessage message, string from, IEnclosureStore store, CancellationToken cancellationToken)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(new MailboxAddress(message.ToName ?? "", message.To));
        mime.Subject = message.Subject;
        mime.MessageId = $"{message.Id:N}@modular";
        mime.Headers.Add("X-Modular-Message-Id", message.Id.ToString());
        var mail = new ComposedMail(mime);
        var body = new BodyBuilder { HtmlBody = message.HtmlBody, TextBody = message.TextBody };
        foreach (var enclosure in message.Enclosures ?? [])
        {
            if (await store.OpenReadAsync(enclosure.BlobId, cancellationToken) is not { } content)
            {
                mail.MissingEnclosure = enclosure.FileName;
                break;
            }

            mail._streams.Add(content);
            body.Attachments.Add(new MimePart(ContentType.Parse(enclosure.ContentType))
            {
                Content = new MimeContent(content),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = enclosure.FileName,
            });
        }

        mime.Body = body.ToMessageBody();
        return mail;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var stream in _streams)
        {
            await stream.DisposeAsync();
        }
    }
}
