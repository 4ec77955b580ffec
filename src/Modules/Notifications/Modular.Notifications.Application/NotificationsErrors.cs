using Modular.Notifications.Contracts;
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
    public static readonly Error EnclosureNotOnSms = Error.Invalid("enclosure-not-on-sms", "Un SMS ne peut pas porter de pièce jointe.");
    public static readonly Error EnclosureNotFound = Error.NotFound("enclosure-not-found", "Pièce jointe introuvable.");

    public static Error EnclosuresTooLarge(long maxBytes) =>
        Error.Invalid("enclosures-too-large", $"Les pièces jointes d'un message dépassent ensemble {maxBytes / (1024 * 1024)} Mo.").WithArguments(maxBytes / (1024 * 1024));

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

    /// <summary>
    /// A draft that does not parse: per part ("subject", "html", "text"), each syntax error as a coded
    /// error (<see cref="Error.FieldCauses"/>) that people read in their language, with the parser's
    /// own text as the <c>parserMessage</c> extension.
    /// </summary>
    public static Error TemplateInvalid(IReadOnlyList<TemplateError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var byPart = errors.GroupBy(e => e.Part).ToDictionary(g => g.Key, g => g.Select(SyntaxError).ToArray());
        return Error.Validation(
            byPart.ToDictionary(p => p.Key, p => p.Value.Select(e => e.Message).ToArray()),
            "Le modèle contient des erreurs : " + string.Join(" ; ", errors.Select(e => e.ToString()))) with
        {
            FieldCauses = byPart.ToDictionary(p => p.Key, p => p.Value.Select(e => (Error?)e).ToArray()),
        };
    }

    public static Error TemplateSyntax(int line, int column, string parserMessage) =>
        Syntax(null, $"Ligne {line}, colonne {column} : la syntaxe du modèle est incorrecte.", parserMessage, line, column);

    public static Error TemplateUnclosedBlock(int line, int column, string keyword, string parserMessage) =>
        Syntax("unclosed-block", $"Ligne {line}, colonne {column} : une balise {{{{ {keyword} }}}} n'est pas fermée par {{{{ end }}}}.", parserMessage, line, column, keyword);

    public static Error TemplateUnmatchedEnd(int line, int column, string parserMessage) =>
        Syntax("unmatched-end", $"Ligne {line}, colonne {column} : cette balise {{{{ end }}}} ne ferme aucun bloc ouvert.", parserMessage, line, column);

    public static Error TemplateMisplacedElse(int line, int column, string parserMessage) =>
        Syntax("misplaced-else", $"Ligne {line}, colonne {column} : une balise {{{{ else }}}} doit suivre un {{{{ if }}}}, un {{{{ when }}}} ou un {{{{ for }}}}.", parserMessage, line, column);

    public static Error TemplateUnterminatedString(int line, int column, string quote, string parserMessage) =>
        Syntax("unterminated-string", $"Ligne {line}, colonne {column} : le texte entre guillemets qui commence ici n'est jamais refermé (il manque un {quote} fermant).", parserMessage, line, column, quote);

    public static Error TemplateMissingClosingBracket(int line, int column, string bracket, string parserMessage) =>
        Syntax("missing-closing-bracket", $"Ligne {line}, colonne {column} : il manque un « {bracket} » fermant.", parserMessage, line, column, bracket);

    public static Error TemplateUnexpectedToken(int line, int column, string token, string parserMessage) =>
        Syntax("unexpected-token", $"Ligne {line}, colonne {column} : « {token} » n'est pas attendu à cet endroit.", parserMessage, line, column, token);

    public static Error TemplateInvalidExpression(int line, int column, string parserMessage) =>
        Syntax("invalid-expression", $"Ligne {line}, colonne {column} : l'expression est incomplète ; une valeur ou un nom de variable est attendu à cet endroit.", parserMessage, line, column);

    /// <summary>The coded error people read for one syntax error, by its kind.</summary>
    private static Error SyntaxError(TemplateError error) => error.Kind switch
    {
        TemplateErrorKind.UnclosedBlock => TemplateUnclosedBlock(error.Line, error.Column, error.Token ?? "if", error.ParserMessage),
        TemplateErrorKind.UnmatchedEnd => TemplateUnmatchedEnd(error.Line, error.Column, error.ParserMessage),
        TemplateErrorKind.MisplacedElse => TemplateMisplacedElse(error.Line, error.Column, error.ParserMessage),
        TemplateErrorKind.UnterminatedString => TemplateUnterminatedString(error.Line, error.Column, error.Token ?? "\"", error.ParserMessage),
        TemplateErrorKind.MissingClosingBracket => TemplateMissingClosingBracket(error.Line, error.Column, error.Token ?? ")", error.ParserMessage),
        TemplateErrorKind.UnexpectedToken when error.Token is { } token => TemplateUnexpectedToken(error.Line, error.Column, token, error.ParserMessage),
        TemplateErrorKind.InvalidExpression => TemplateInvalidExpression(error.Line, error.Column, error.ParserMessage),
        _ => TemplateSyntax(error.Line, error.Column, error.ParserMessage),
    };

    private static Error Syntax(string? reason, string message, string parserMessage, params object[] arguments)
    {
        var error = Error.Invalid("template-syntax", message).WithArguments(arguments).WithExtension(NotificationsErrorCodes.ParserMessageExtension, parserMessage);
        return reason is null ? error : error.WithReason(reason);
    }
}
