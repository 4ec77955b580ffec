using Modular.SharedKernel.Results;

namespace Modular.Vault.Domain;

/// <summary>
/// The Vault module's failures, in French; pages translate them by code. Codes are the problem
/// types of the API (the same strings as Contracts' VaultErrorCodes).
/// </summary>
internal static class VaultErrors
{
    public static readonly Error FolderNotFound = Error.NotFound("folder-not-found", "Ce dossier est introuvable dans votre coffre.");

    public static readonly Error DocumentNotFound = Error.NotFound("document-not-found", "Ce document est introuvable dans votre coffre.");

    public static readonly Error NoOrganisation = Error.Forbidden("no-organisation", "Votre compte n'est rattaché à aucun cabinet : demandez à votre administrateur de vous y ajouter.");

    public static readonly Error FileEmpty = Error.Invalid("file-empty", "Le fichier est vide.");

    public static readonly Error NoDocumentSelected = Error.Invalid("no-document-selected", "Sélectionnez au moins un document du dossier.");

    public static readonly Error DocumentsOfSeveralFolders = Error.Invalid("documents-of-several-folders", "Un lien de téléchargement regroupe des documents d'un seul dossier.");

    public static readonly Error LinkUnknown = Error.NotFound("link-unknown", "Ce lien de téléchargement n'existe pas. Vérifiez l'adresse reçue.");

    public static readonly Error LinkUsed = Error.Gone("link-used", "Ce lien a déjà été utilisé : il est unique et n'est plus valable. Demandez un nouveau lien à l'expéditeur.");

    public static readonly Error LinkExpired = Error.Gone("link-expired", "Ce lien a expiré. Demandez un nouveau lien à l'expéditeur.");

    public static readonly Error LinkLocked = Error.Locked("link-locked", "Ce lien est bloqué après 5 codes erronés. L'expéditeur en a été informé.");

    public static readonly Error SessionClosed = Error.Forbidden("download-session-closed", "La session de téléchargement est terminée (30 minutes après la saisie du code).");

    public static Error CodeMalformed(string message) => Error.Invalid("code-malformed", message);

    public static Error CodeInvalid(int attemptsLeft) =>
        Error.Forbidden("code-invalid", attemptsLeft == 1
                ? "Code incorrect : il vous reste 1 essai avant que le lien soit bloqué."
                : $"Code incorrect : il vous reste {attemptsLeft} essais.")
            .WithExtension("attemptsLeft", attemptsLeft);

    /// <summary>Too many wrong codes from one address; <c>retryAfter</c> is in seconds.</summary>
    public static Error CodeThrottled(TimeSpan retryAfter)
    {
        var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
        var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
        return Error.TooManyRequests("code-throttled", $"Trop de tentatives depuis votre adresse : réessayez dans {minutes} minute(s).")
            .WithExtension("retryAfter", seconds);
    }

    public static Error FolderNameInvalid(string message) =>
        Error.Validation(new Dictionary<string, string[]> { ["Name"] = [message] }, message);

    public static Error FolderNameTaken(string name) =>
        Error.Conflict("folder-name-taken", $"Un dossier « {name} » existe déjà dans votre coffre.");

    public static Error FileNameInvalid(string message) => Error.Invalid("file-name-invalid", message);

    public static Error FileTooLarge(string name, long maxBytes) =>
        Error.TooLarge("file-too-large", $"« {name} » dépasse la taille autorisée de {Size(maxBytes)} par fichier.")
            .WithExtension("maxBytes", maxBytes);

    public static Error FileTypeRefused(string name, IEnumerable<string> extensions) =>
        Error.Invalid("file-type-refused", $"« {name} » n'est pas d'un type accepté par le coffre ({string.Join(", ", extensions)}).");

    /// <summary>A limit in the unit people read it in: a limit below one megabyte is not "0 Mo".</summary>
    private static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} octets",
        < 1024 * 1024 => string.Create(French, $"{bytes / 1024.0:0.#} Ko"),
        _ => string.Create(French, $"{bytes / (1024.0 * 1024):0.#} Mo"),
    };

    private static readonly System.Globalization.CultureInfo French = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");

    public static readonly Error ChangedMeanwhile = Error.Conflict("changed-meanwhile", "Quelqu'un vient de faire la même modification : rechargez la page.");

    public static readonly Error PersonNotFound = Error.NotFound("person-not-found", "Cette personne est introuvable dans votre annuaire « Personnes et sociétés ».");

    public static readonly Error PersonLinkedElsewhere = Error.Conflict("person-linked-elsewhere", "Cette personne est déjà rattachée à un autre compte.");

    public static readonly Error AccountAlreadyLinked = Error.Conflict("account-already-linked", "Ce compte est déjà rattaché à une autre personne de votre annuaire.");

    public static readonly Error InvitationUnreachable = Error.Invalid("invitation-unreachable", "L'invitation n'est pas envoyée : ni adresse courriel ni adresse postale ne sont renseignées pour cette personne. Complétez sa fiche puis invitez-la de nouveau.");

    public static readonly Error InvitationPending = Error.Conflict("invitation-pending", "Une invitation est déjà en cours pour cette personne : utilisez « Relancer » pour lui renvoyer un lien et un code.");

    public static readonly Error AlreadyMember = Error.Conflict("already-member", "Cette personne a déjà accès à votre coffre.");

    public static readonly Error InvitationNotFound = Error.NotFound("invitation-not-found", "Cette invitation est introuvable.");

    public static readonly Error InvitationUnknown = Error.NotFound("invitation-unknown", "Ce lien d'invitation n'existe pas ou a été remplacé par une relance. Vérifiez l'adresse reçue.");

    public static readonly Error InvitationAccepted = Error.Gone("invitation-accepted", "Cette invitation a déjà été acceptée.");

    public static readonly Error InvitationCancelled = Error.Gone("invitation-cancelled", "Cette invitation a été annulée. Contactez la personne qui vous a invité.");

    public static readonly Error InvitationExpired = Error.Gone("invitation-expired", "Cette invitation a expiré. Demandez une relance à la personne qui vous a invité.");

    public static readonly Error InvitationLocked = Error.Locked("invitation-locked", "Cette invitation est bloquée après 5 codes erronés. Demandez une relance à la personne qui vous a invité.");

    public static readonly Error InvitationSessionClosed = Error.Forbidden("invitation-session-closed", "Saisissez de nouveau le code de validation : il n'est retenu que 30 minutes.");

    public static readonly Error PersonalCodeMissing = Error.Invalid("personal-code-missing", "Saisissez le code d'identification personnel que la personne vous a communiqué.");

    public static readonly Error PersonalCodeUnknown = Error.NotFound("personal-code-unknown", "Aucun compte ne correspond à ce code d'identification personnel. Vérifiez-le auprès de la personne.");

    public static readonly Error FolderReadOnly = Error.Forbidden("folder-read-only", "Vous pouvez consulter ce dossier mais pas y déposer de documents.");

    public static readonly Error FolderNotManaged = Error.Forbidden("folder-not-managed", "Seuls les agents du cabinet et les personnes autorisées à gérer ce dossier peuvent faire cela.");

    public static readonly Error GrantNotFound = Error.NotFound("grant-not-found", "Cet accès est introuvable.");

    public static readonly Error LevelInvalid = Error.Invalid("level-invalid", "Choisissez un droit : lecture, lecture et dépôt, ou gestion (gestion : personnes seulement).");

    public static readonly Error ClientIdInvalid = Error.Invalid("client-id-invalid", "Saisissez l'identifiant du client d'API (lettres, chiffres, points, tirets).");

    public static Error PersonInvalid(IReadOnlyDictionary<string, string[]> errors) =>
        Error.Validation(errors, errors.Values.First()[0]);

    public static Error CommentTooLong(int max) => Error.Invalid("comment-too-long", $"Le commentaire compte {max} caractères au plus.");

    public static Error InvitationCodeInvalid(int attemptsLeft) =>
        Error.Forbidden("invitation-code-invalid", attemptsLeft == 1
                ? "Code de validation incorrect : il vous reste 1 essai avant que l'invitation soit bloquée."
                : $"Code de validation incorrect : il vous reste {attemptsLeft} essais.")
            .WithExtension("attemptsLeft", attemptsLeft);

    public static Error FileTypeMismatch(string name, string actual) =>
        Error.Invalid("file-type-mismatch", $"Le contenu de « {name} » ne correspond pas à son extension : c'est en réalité {actual}.");

    // ---- Collecting documents ("Collecter des documents") ----

    public static readonly Error CollectionNoEmail = Error.Invalid("collection-no-email", "Cette personne n'a pas d'adresse courriel : complétez sa fiche pour lui demander des documents.");

    public static readonly Error CollectionNotFound = Error.NotFound("collection-not-found", "Cette demande de documents est introuvable.");

    public static readonly Error CollectionUnknown = Error.NotFound("collection-unknown", "Ce lien de dépôt n'existe pas ou a été remplacé par une relance. Vérifiez l'adresse reçue dans le dernier courriel.");

    public static readonly Error CollectionCancelled = Error.Gone("collection-cancelled", "Cette demande de documents a été annulée : plus aucun dépôt n'est possible.");

    public static readonly Error CollectionComplete = Error.Gone("collection-complete", "Tous les documents demandés ont été reçus : plus aucun dépôt n'est possible.");

    public static readonly Error CollectionOverdue = Error.Gone("collection-overdue", "La date limite de cette demande est passée : plus aucun dépôt n'est possible. Contactez la personne qui vous a fait la demande.");

    public static readonly Error CollectionItemUnknown = Error.Invalid("collection-item-unknown", "Ce document ne fait pas partie de la demande.");

    public static Error CollectionItemsInvalid(string message) =>
        Error.Validation(new Dictionary<string, string[]> { ["Items"] = [message] }, message);

    public static Error CollectionDeadlineInvalid(string message) =>
        Error.Validation(new Dictionary<string, string[]> { ["Deadline"] = [message] }, message);

    public static Error CollectionMessageTooLong(int max) =>
        Error.Validation(new Dictionary<string, string[]> { ["Message"] = [$"Le message compte {max} caractères au plus."] }, $"Le message compte {max} caractères au plus.");
}
