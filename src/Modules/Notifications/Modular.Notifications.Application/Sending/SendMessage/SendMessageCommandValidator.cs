using Modular.Notifications.Application;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Messaging;


namespace Modular.Notifications.Application.Sending.SendMessage;

internal sealed class SendMessageCommandValidator : IValidator<SendMessageCommand>
{
    public IEnumerable<ValidationFailure> Validate(SendMessageCommand request)
    {
        if (string.IsNullOrWhiteSpace(request.TemplateKey))
        {
            yield return ValidationFailure.Of(nameof(request.TemplateKey), NotificationsFieldErrors.TemplateRequired);
        }

        if (string.IsNullOrWhiteSpace(request.SendingModule))
        {
            yield return ValidationFailure.Of(nameof(request.SendingModule), NotificationsFieldErrors.SendingModuleRequired);
        }

        if (string.IsNullOrWhiteSpace(request.IdempotencyKey) || request.IdempotencyKey.Length > NotificationsFieldErrors.MaxIdempotencyKeyLength)
        {
            yield return ValidationFailure.Of(nameof(request.IdempotencyKey), NotificationsFieldErrors.IdempotencyKeyInvalid);
        }
    }
}
