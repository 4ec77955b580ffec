using Modular.Notifications.Domain.Templates;
using Modular.SharedKernel.Results;

namespace Modular.Notifications.Application;

/// <summary>
/// The module's failures. Codes are stable and declared once for callers in Contracts'
/// NotificationsErrorCodes (a test keeps the two equal); people read the Host's text for the code
/// in their language, and the French message is the default text.
/// </summary>
internal static class NotificationsErrors
{
    public static readonly Error ChannelUnknown = Error.Invalid("channel-unknown", "Canal inconnu.");

    public static readonly Error EmailInvalid = Error.Invalid("recipient-email-invalid", "L'adresse e-mail du destinataire n'est pas valide.");
    public static readonly Error MobileInvalid = Error.Invalid("recipient-mobile-invalid", "Le numéro de mobile du destinataire n'est pas valide (format international, par exemple +33 6 12 34 56 78).");
    public static readonly Error AddressIncomplete = Error.Invalid("recipient-address-incomplete", "L'adresse postale du destinataire est incomplète (nom, adresse, code postal et ville).");
    public static readonly Error MessageNotFound = Error.NotFound("message-not-found", "Message introuvable.");
    public static readonly Error MessageNotRendered = Error.Conflict("message-not-rendered", "Ce message n'a pas pu être rédigé avec son modèle : il n'a pas de contenu à renvoyer. Corrigez le modèle ; les prochains messages l'utiliseront.");
    public static readonly Error NotALetter = Error.Conflict("not-a-pending-letter", "Ce message n'est pas un courrier en attente d'envoi.");

    public static Error TemplateUnknown(string key) =>
        Error.NotFound("template-unknown", $"Le modèle « {key} » n'existe ni dans la langue demandée ni en français.").WithArguments(key);

    /// <summary>The template does not parse; <paramref name="errors"/> are the parser's, language-neutral.</summary>
    public static Error TemplateErrors(string errors) =>
        Error.Invalid("template-invalid", "Le modèle contient des erreurs : " + errors).WithArguments(errors);

    public static Error TemplateRenderFailed(string error, int line) =>
        Error.Invalid("template-render-failed", $"Le modèle n'a pas pu être rendu : {error} (ligne {line}).").WithArguments(error, line);

    /// <summary>A regular expression of the template ran past its timeout (a pattern that backtracks without end).</summary>
    public static Error TemplateRegexTimedOut(TimeSpan timeout, int line)
    {
        var milliseconds = (int)timeout.TotalMilliseconds;
        return Error.Invalid("template-timed-out", $"Le modèle a été arrêté : une expression régulière a dépassé {milliseconds} ms (ligne {line}). Évitez les répétitions imbriquées comme (a+)+.")
            .WithReason("regex").WithArguments(milliseconds, line);
    }

    /// <summary>Rendering the whole template took longer than allowed.</summary>
    public static Error TemplateDeadlinePassed(TimeSpan deadline) =>
        Error.Invalid("template-timed-out", $"Le modèle a été arrêté : son rendu a dépassé {deadline.TotalSeconds} s. Allégez ses boucles et ses expressions régulières.")
            .WithReason("deadline").WithArguments(deadline.TotalSeconds);

    public static Error TemplateInvalid(IReadOnlyList<TemplateError> errors) => Error.Validation(
        errors.GroupBy(e => e.Part).ToDictionary(g => g.Key, g => g.Select(e => e.ToString()).ToArray()),
        "Le modèle contient des erreurs : " + string.Join(" ; ", errors.Select(e => e.ToString())));
}
