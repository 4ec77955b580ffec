using MediatR;
using Modular.Notifications.Application.Ports;
using Modular.Notifications.Contracts;
using Modular.Notifications.Domain.Messages;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;

namespace Modular.Notifications.Application.Sending.SendMessage;

internal sealed class SendMessageCommandHandler(
    INotificationsRepository repository,
    TemplateResolver templates,
    ITemplateRenderer renderer,
    INotificationSettings settings,
    TimeProvider time) : IRequestHandler<SendMessageCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(SendMessageCommand request, CancellationToken cancellationToken)
    {
        // A retried send (same key) returns the first message: it is never delivered twice.
        if (await repository.FindAsync(new MessageByIdempotencyKeySpec(request.IdempotencyKey), cancellationToken) is { } existing)
        {
            return existing.Id;
        }

        var address = RecipientAddress(request.Channel, request.Recipient);
        if (address.IsFailure)
        {
            return address.Error;
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
                now);
        repository.Add(message);
        if (!message.WasRendered)
        {
            repository.Enqueue(new MessageFailedIntegrationEvent(Guid.CreateVersion7(now), now, message.Id, request.Channel, request.SendingModule, request.AggregateId, message.LastError!));
        }

        if (!await repository.SaveChangesAsync(cancellationToken))
        {
            // Two sends with one key raced: the other one won, and its message is the one.
            return (await repository.FindAsync(new MessageByIdempotencyKeySpec(request.IdempotencyKey), cancellationToken))!.Id;
        }

        return message.Id;
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
