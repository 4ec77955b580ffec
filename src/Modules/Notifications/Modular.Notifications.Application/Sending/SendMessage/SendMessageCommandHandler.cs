using MediatR;
using Modular.Notifications.Application.Ports;
using Modular.Notifications.Contracts;
using Modular.Notifications.Domain.Messages;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Storage;

namespace Modular.Notifications.Application.Sending.SendMessage;

internal sealed class SendMessageCommandHandler(
    INotificationsRepository repository,
    TemplateResolver templates,
    ITemplateRenderer renderer,
    INotificationSettings settings,
    IEnclosureStore store,
    TimeProvider time) : IRequestHandler<SendMessageCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(SendMessageCommand request, CancellationToken cancellationToken)
    {
        // A retried send (same key) returns the first message: it is never delivered twice.
        if (await repository.FindIdAsync(request.IdempotencyKey, cancellationToken) is { } existing)
        {
            return existing;
        }

        var address = RecipientAddress(request.Channel, request.Recipient);
        if (address.IsFailure)
        {
            return address.Error;
        }

        var enclosures = request.Enclosures ?? [];
        if (enclosures.Count > 0 && request.Channel == Channel.Sms)
        {
            return NotificationsErrors.EnclosureNotOnSms;
        }

        if (await templates.ResolveAsync(request.TemplateKey, request.Culture, cancellationToken) is not var (source, culture))
        {
            return NotificationsErrors.TemplateUnknown(request.TemplateKey);
        }

        var model = new Dictionary<string, string>(request.Model, StringComparer.Ordinal)
        {
            ["recipient_name"] = request.Recipient.Name ?? "",
        };
        var now = time.GetUtcNow();
        var rendered = renderer.Render(source, culture, model);
        var stored = new List<Enclosure>();
        if (rendered.IsSuccess)
        {
            var copied = await CopyAsync(enclosures, cancellationToken);
            if (copied.IsFailure)
            {
                return copied.Error;
            }

            stored = copied.Value;
        }

        // A template that fails (or runs past its limits) with these values fails the same way on
        // every retry: the message is given up at once, and the sender's event is not retried.
        var message = rendered.IsFailure
            ? Message.NotRendered(
                request.IdempotencyKey,
                request.TemplateKey,
                culture,
                (DeliveryChannel)request.Channel,
                request.Recipient.Name?.Trim(),
                address.Value,
                rendered.Error.Message,
                request.SendingModule,
                request.AggregateId,
                request.OrganisationId,
                now)
            : Message.Create(
                request.IdempotencyKey,
                request.TemplateKey,
                culture,
                (DeliveryChannel)request.Channel,
                request.Recipient.Name?.Trim(),
                address.Value,
                rendered.Value,
                request.SendingModule,
                request.AggregateId,
                request.OrganisationId,
                request.Channel == Channel.Postal ? settings.LetterCost : null,
                now,
                stored);
        repository.Add(message);
        if (!message.WasRendered)
        {
            repository.Enqueue(new MessageFailedIntegrationEvent(Guid.CreateVersion7(now), now, message.Id, request.Channel, request.SendingModule, request.AggregateId, message.LastError!));
        }

        if (!await repository.SaveChangesAsync(cancellationToken))
        {
            // Two sends with one key raced: the other one won, and its message is the one.
            return (await repository.FindIdAsync(request.IdempotencyKey, cancellationToken))!.Value;
        }

        return message.Id;
    }

    /// <summary>
    /// Copies the files into the module's store, in order, within the size allowed for one message
    /// together. Bytes left by a refused send are the same bytes any later send would store
    /// (content-addressed), so nothing is cleaned up here.
    /// </summary>
    private async Task<Result<List<Enclosure>>> CopyAsync(IReadOnlyList<EnclosureDto> enclosures, CancellationToken cancellationToken)
    {
        var copies = new List<Enclosure>(enclosures.Count);
        var left = settings.MaxEnclosureBytes;
        foreach (var (enclosure, index) in enclosures.Select((e, i) => (e, i)))
        {
            BlobInfo blob;
            try
            {
                await using var content = await enclosure.OpenAsync(cancellationToken);
                await using var limited = new SizeLimitedStream(ReadOnlyMemory<byte>.Empty, content, left);
                blob = await store.PutAsync(limited, cancellationToken);
            }
            catch (SizeLimitExceededException)
            {
                return NotificationsErrors.EnclosuresTooLarge(settings.MaxEnclosureBytes);
            }

            left -= blob.Length;
            var contentType = string.IsNullOrWhiteSpace(enclosure.ContentType) ? "application/octet-stream" : enclosure.ContentType.Trim();
            copies.Add(new Enclosure(index, Enclosure.SafeFileName(enclosure.FileName, $"piece-jointe-{index + 1}"), contentType[..Math.Min(contentType.Length, 100)], blob.Id, blob.Length));
        }

        return copies;
    }

    private static Result<string> RecipientAddress(Channel channel, RecipientDto recipient) => channel switch
    {
        Channel.Email => EmailAddress.TryParse(recipient.Email) is { } email ? email.Value : NotificationsErrors.EmailInvalid,
        Channel.Sms => PhoneNumber.TryParse(recipient.Mobile) is { } mobile ? mobile.Value : NotificationsErrors.MobileInvalid,
        Channel.Postal => recipient.Address is { } a && !string.IsNullOrWhiteSpace(a.Name) && !string.IsNullOrWhiteSpace(a.Line1)
                && !string.IsNullOrWhiteSpace(a.PostalCode) && !string.IsNullOrWhiteSpace(a.City)
            ? string.Join('\n', new[] { a.Name, a.Line1, a.Line2, $"{a.PostalCode} {a.City}", a.Country }.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!.Trim()))
            : NotificationsErrors.AddressIncomplete,
        _ => NotificationsErrors.ChannelUnknown,
    };
}
