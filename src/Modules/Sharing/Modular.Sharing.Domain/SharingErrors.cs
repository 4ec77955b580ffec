using Modular.SharedKernel.Results;
using Modular.SharedKernel.Text;

namespace Modular.Sharing.Domain;

/// <summary>
/// The Sharing module's failures, each variant a member here, in French (the seed's messages
/// verbatim) as default text. Codes are the problem types of the API and are declared once for
/// callers in Contracts' SharingErrorCodes (a test keeps the two equal); people read the Host's
/// text for the code, filled with the error's arguments, in their language.
/// </summary>
internal static class SharingErrors
{
    public static readonly Error CaseNotFound = Error.NotFound("case-not-found", "Ce dossier est introuvable.");

    public static readonly Error RestorePointNotFound = Error.NotFound("restore-point-not-found", "Cette version n'est plus disponible : les versions écrasées sont gardées 30 jours.");

    public static readonly Error KeyNotFound = Error.NotFound("share-key-not-found", "Cette clé de partage est introuvable.");

    public static readonly Error KeyNotPending = Error.Conflict("share-key-not-pending", "Seule une clé en attente peut être révoquée ou envoyée.");

    public static readonly Error RecipientEmailInvalid = Error.InvalidField("email-address-invalid", "RecipientEmail", "Cette adresse de courriel n'est pas valide.");

    public static readonly Error NoOrganisation = Error.Forbidden("no-organisation", "Votre compte n'est rattaché à aucun cabinet : demandez à votre administrateur de vous y ajouter.");

    public static readonly Error KeyUnknown = Error.NotFound("key-unknown", "Aucune clé de partage ne correspond à cette clé. Vérifiez-la ou demandez-en une nouvelle à votre collègue.");

    // The seed's messages, verbatim.
    public static readonly Error KeyUsed = Error.Gone("key-used", "Clé déjà utilisée pour importer un fichier");

    public static readonly Error KeyExpired = Error.Gone("key-expired", "La clé de partage est expirée.");

    public static readonly Error KeyRevoked = Error.Gone("key-revoked", "Cette clé de partage a été révoquée par la personne qui l'a émise.");

    public const string CaseExistsMessage = "Ce fichier existe déjà dans votre espace Modular. Les informations qui auraient été modifiées depuis sa dernière importation seront effacées. Êtes-vous certain de vouloir continuer ?";

    /// <summary>
    /// The importer already has this case file: the seed's confirmation, with the client it is about
    /// (the seed's words do not name it) and what an overwrite would erase.
    /// </summary>
    public static Error CaseExists(Guid caseFileId, string clientName, object erased) =>
        Error.Conflict("case-exists", CaseExistsMessage).WithExtension("caseId", caseFileId).WithExtension("clientName", clientName).WithExtension("erased", erased);

    public static Error CaseModified(int? current) =>
        Error.Conflict("case-modified", "Ce dossier a été modifié entre-temps (par vous dans un autre onglet ou par une importation). Rechargez-le pour voir la dernière version avant d'enregistrer vos changements.")
            .WithExtension("currentRevision", current);

    public static readonly Error KeyMissing = KeyMalformed("empty", "Collez la clé de partage reçue par courriel.");

    public static readonly Error KeyCharacters = KeyMalformed(
        "characters",
        "Une clé de partage ne contient que des chiffres et des lettres, par groupes de quatre séparés par des tirets : vérifiez que vous n'avez collé que la clé, sans le texte qui l'entoure.");

    public static Error KeyLength(int expected, int length) =>
        KeyMalformed("length", $"Une clé de partage compte {expected} caractères (7 groupes de 4) ; celle-ci en compte {length}. Vérifiez qu'elle a été copiée en entier.")
            .WithExtension("length", length)
            .WithArguments(length);

    public static readonly Error KeyTypo = KeyMalformed("typo", "Cette clé de partage contient une faute de frappe. Copiez-la à nouveau depuis le courriel plutôt que de la recopier.");

    /// <summary>The reason is also an extension of the API's problem, for programs.</summary>
    private static Error KeyMalformed(string reason, string message) =>
        Error.Invalid("key-malformed", message).WithExtension("reason", reason).WithReason(reason);

    public static Error ImportThrottled(TimeSpan retryAfter) =>
        Error.Throttled("import-throttled", retryAfter, minutes => $"Trop de clés erronées : réessayez dans {minutes} {Plural.French(minutes, "minute", "minutes")}.");
}
