using Modular.SharedKernel.Results;

namespace Modular.Notifications.Application;

/// <summary>Why a send request's field is refused before it reaches its handler: coded, read in each reader's language.</summary>
internal static class NotificationsFieldErrors
{
    public const int MaxIdempotencyKeyLength = 200;

    public static readonly Error TemplateRequired = Error.Invalid("template-required", "Le modèle est obligatoire.");
    public static readonly Error SendingModuleRequired = Error.Invalid("sending-module-required", "Le module émetteur est obligatoire.");
    public static readonly Error IdempotencyKeyInvalid = Error.Invalid("idempotency-key-invalid", $"La clé d'idempotence est obligatoire ({MaxIdempotencyKeyLength} caractères au plus).")
        .WithArguments(MaxIdempotencyKeyLength);
}
