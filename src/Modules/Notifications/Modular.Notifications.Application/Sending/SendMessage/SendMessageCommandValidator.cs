using Modular.Notifications.Contracts;
using Modular.SharedKernel.Messaging;

namespace Modular.Notifications.Application.Sending.SendMessage;

internal sealed class SendMessageCommandValidator : IValidator<SendMessageCommand>
{
    public IEnumerable<ValidationFailure> Validate(SendMessageCommand request)
    {
        if (string.IsNullOrWhiteSpace(request.TemplateKey))
        {
            yield return new ValidationFailure(nameof(request.TemplateKey), "Le modèle est obligatoire.");
        }

        if (string.IsNullOrWhiteSpace(request.SendingModule))
        {
            yield return new ValidationFailure(nameof(request.SendingModule), "Le module émetteur est obligatoire.");
        }

        if (string.IsNullOrWhiteSpace(request.IdempotencyKey) || request.IdempotencyKey.Length > 200)
        {
            yield return new ValidationFailure(nameof(request.IdempotencyKey), "La clé d'idempotence est obligatoire (200 caractères au plus).");
        }
    }
}
