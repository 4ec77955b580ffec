using Modular.SharedKernel.Results;
using Modular.SharedKernel.Text;

namespace Modular.Vault.Domain;

/// <summary>
/// The Vault module's failures, each variant a member here. Codes are the problem types of the API
/// and are declared once for callers in Contracts' VaultErrorCodes (a test keeps the two equal);
/// the French message is the default text, while people read the Host's text for the code, filled
/// with the error's arguments, in their language.
/// </summary>
internal static class VaultErrors
{
    public static readonly Error FolderNotFound = Error.NotFound("folder-not-found", "Ce dossier est introuvable dans votre coffre.");

    /// <summary>The stored file of a document is missing or not of its recorded size: that document is refused, never served cut short.</summary>
    public static Error DocumentDamaged(Guid documentId, string name, string blobId, long expected, long? found) =>
        Error.Damaged("document-damaged", found is { } length
            ? $"Le fichier du document « {name} » ({documentId}) est endommagé : {length} octets au lieu de {expected} (blob {blobId})."
            : $"Le fichier du document « {name} » ({documentId}) est absent du stockage (blob {blobId}).") with { Arguments = [name] };

    public static readonly Error DocumentNotFound = Error.NotFound("document-not-found", "Ce document est introuvable dans votre coffre.");

    public static readonly Error NoOrganisation = Error.Forbidden("no-organisation", "Votre compte n'est rattaché à aucun cabinet : demandez à votre administrateur de vous y ajouter.");

    public static readonly Error FileEmpty = Error.Invalid("file-empty", "Le fichier est vide.");

    public static readonly Error RecipientEmailInvalid = Error.InvalidField("email-address-invalid", "RecipientEmail", "Cette adresse de courriel n'est pas valide.");

    public static readonly Error NoDocumentSelected = Error.Invalid("no-document-selected", "Sélectionnez au moins un document du dossier.");

    public static readonly Error DocumentsOfSeveralFolders = Error.Invalid("documents-of-several-folders", "Un lien de téléchargement regroupe des documents d'un seul dossier.");

    public static readonly Error LinkUnknown = Error.NotFound("link-unknown", "Ce lien de téléchargement n'existe pas. Vérifiez l'adresse reçue.");

    public static readonly Error LinkUsed = Error.Gone("link-used", "Ce lien a déjà été utilisé : il est unique et n'est plus valable. Demandez un nouveau lien à l'expéditeur.");

    public static readonly Error LinkExpired = Error.Gone("link-expired", "Ce lien a expiré. Demandez un nouveau lien à l'expéditeur.");

    public static readonly Error LinkLocked = Error.Locked("link-locked", "Ce lien est bloqué après 5 codes erronés. L'expéditeur en a été informé.");

    public static readonly Error LinkRevoked = Error.Gone("link-revoked", "Ce lien a été révoqué par l'expéditeur : il ne permet plus de télécharger les documents. Demandez-lui un nouveau lien si besoin.");

    public static readonly Error DownloadLinkNotFound = Error.NotFound("download-link-not-found", "Ce lien de téléchargement est introuvable dans votre coffre.");

    // A link that can no longer be revoked, and why: used (its session is over), expired, locked, or revoked already.
    public static readonly Error LinkNotRevocableUsed = LinkNotRevocable("used", "Ce lien a déjà été utilisé et sa session de téléchargement est terminée : il n'y a plus rien à révoquer.");

    public static readonly Error LinkNotRevocableExpired = LinkNotRevocable("expired", "Ce lien a expiré : il ne permet déjà plus de télécharger les documents.");

    public static readonly Error LinkNotRevocableLocked = LinkNotRevocable("locked", "Ce lien est bloqué après 5 codes erronés : il ne permet déjà plus de télécharger les documents.");

    public static readonly Error LinkAlreadyRevoked = LinkNotRevocable("revoked", "Ce lien a déjà été révoqué.");

    private static Error LinkNotRevocable(string reason, string message) =>
        Error.Conflict("link-not-revocable", message).WithReason(reason).WithExtension("reason", reason);

    // ---- Download receipts ("accusé de téléchargement") ----

    public static readonly Error LinkNotDownloaded = Error.Conflict("link-not-downloaded", "Aucun document de ce lien n'a encore été téléchargé : l'accusé de téléchargement sera disponible dès que le destinataire en aura téléchargé un.");

    public static readonly Error ReceiptEmpty = ReceiptInvalid("empty", "Collez le texte de l'accusé de téléchargement.");

    public static Error ReceiptTooLong(int max) =>
        ReceiptInvalid("too-long", $"Ce texte est trop long pour être un accusé de téléchargement ({max} caractères au plus).").WithArguments(max);

    public static readonly Error ReceiptMalformed = ReceiptInvalid("malformed", "Ce texte n'est pas un accusé de téléchargement : un accusé est fait de trois parties séparées par des points et commence par « eyJ ». Collez-le en entier, sans rien y ajouter.");

    public static readonly Error ReceiptKeyUnknown = ReceiptInvalid("key-unknown", "Cet accusé n'a pas été signé avec une clé de ce serveur, ou avec une clé qu'il ne publie plus : il ne peut pas être vérifié ici.");

    public static readonly Error ReceiptSignatureInvalid = ReceiptInvalid("signature", "Signature non valide : l'accusé a été modifié après sa signature, ou il a été signé par quelqu'un d'autre. Ne vous y fiez pas.");

    public static readonly Error ReceiptOfAnotherKind = ReceiptInvalid("not-a-receipt", "Ce texte est bien signé par ce serveur, mais ce n'est pas un accusé de téléchargement.");

    private static Error ReceiptInvalid(string reason, string message) =>
        Error.InvalidField("download-receipt-invalid", "Receipt", message).WithReason(reason).WithExtension("reason", reason);

    public static readonly Error SessionClosed = Error.Forbidden("download-session-closed", "La session de téléchargement est terminée (30 minutes après la saisie du code).");

    public static readonly Error CodeMissing = Error.Invalid("code-malformed", "Saisissez le code à 6 chiffres qui vous a été communiqué.").WithReason("empty");

    public static readonly Error CodeNotDigits = Error.Invalid("code-malformed", "Le code ne contient que des chiffres.").WithReason("characters");

    public static Error CodeLength(int length) =>
        Error.Invalid("code-malformed", $"Le code compte 6 chiffres ; celui-ci en compte {length}.").WithReason("length").WithArguments(length);

    public static Error CodeInvalid(int attemptsLeft) =>
        Error.Forbidden("code-invalid", $"Code incorrect : il vous reste {attemptsLeft} {Plural.French(attemptsLeft, "essai", "essais")} avant que le lien soit bloqué.")
            .WithExtension("attemptsLeft", attemptsLeft)
            .WithArguments(attemptsLeft);

    /// <summary>Too many wrong codes from one address; <c>retryAfter</c> is in seconds.</summary>
    public static Error CodeThrottled(TimeSpan retryAfter) =>
        Error.Throttled("code-throttled", retryAfter, minutes => $"Trop de tentatives depuis votre adresse : réessayez dans {minutes} {Plural.French(minutes, "minute", "minutes")}.");

    public static readonly Error FolderIsHomePage = Error.Conflict("folder-is-home-page", "La page d'accueil d'une personne invitée ne peut pas être supprimée : elle reste la sienne tant qu'elle a accès au coffre.");

    /// <summary>The folder holds another number of documents than the deletion was confirmed for.</summary>
    public static Error FolderChanged(int documentCount) =>
        Error.Conflict("folder-changed", $"Le dossier a changé depuis votre confirmation : il contient maintenant {documentCount} {Plural.French(documentCount, "document", "documents")}. Vérifiez-le puis confirmez de nouveau.")
            .WithArguments(documentCount)
            .WithExtension("documentCount", documentCount);

    public static readonly Error FolderNameMissing = FolderNameInvalid("Le nom du dossier est obligatoire.").WithReason("empty");

    public static Error FolderNameTooLong(int max) =>
        FolderNameInvalid($"Le nom du dossier compte {max} caractères au plus.").WithReason("length").WithArguments(max);

    public static readonly Error FolderNameInvisible = FolderNameInvalid("Le nom du dossier contient des caractères invisibles.").WithReason("characters");

    private static Error FolderNameInvalid(string message) => Error.InvalidField("folder-name-invalid", "Name", message);

    public static Error FolderNameTaken(string name) =>
        Error.Conflict("folder-name-taken", $"Un dossier « {name} » existe déjà dans votre coffre.").WithArguments(name);

    public static readonly Error FileNameMissing = Error.Invalid("file-name-invalid", "Le fichier n'a pas de nom.").WithReason("empty");

    public static Error FileNameForbidden(string name) =>
        Error.Invalid("file-name-invalid", $"Le nom « {name} » contient des caractères interdits (/ \\ : * ? \" < > | ou un chemin) : renommez le fichier.")
            .WithReason("characters").WithArguments(name);

    public static Error FileNameInvisible(string name) =>
        Error.Invalid("file-name-invalid", $"Le nom « {name} » contient des caractères invisibles (par exemple une inversion du sens d'écriture) : renommez le fichier.")
            .WithReason("invisible").WithArguments(name);

    public static Error FileNameTooLong(int max) =>
        Error.Invalid("file-name-invalid", $"Un nom de fichier compte {max} caractères au plus.").WithReason("length").WithArguments(max);

    public static Error FileExtensionChanged(string extension) =>
        Error.Invalid("file-name-invalid", $"Gardez l'extension « {extension} » : elle dit le type du contenu.").WithReason("extension").WithArguments(extension);

    public static Error FileTooLarge(string name, long maxBytes) =>
        Error.TooLarge("file-too-large", string.Create(French, $"« {name} » dépasse la taille autorisée de {new ByteCount(maxBytes)} par fichier."))
            .WithExtension("maxBytes", maxBytes)
            .WithArguments(name, new ByteCount(maxBytes));

    public static Error FileTypeRefused(string name, IEnumerable<string> extensions)
    {
        var accepted = string.Join(", ", extensions);
        return Error.Invalid("file-type-refused", $"« {name} » n'est pas d'un type accepté par le coffre ({accepted}).").WithArguments(name, accepted);
    }

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

    public static readonly Error PersonalCodeMissing = Error.Invalid("personal-code-missing", "Saisissez le code personnel d'identification que la personne vous a communiqué.");

    public static readonly Error PersonalCodeUnknown = Error.NotFound("personal-code-unknown", "Aucun compte ne correspond à ce code personnel d'identification. Vérifiez-le auprès de la personne.");

    public static readonly Error FolderReadOnly = Error.Forbidden("folder-read-only", "Vous pouvez consulter ce dossier mais pas y déposer de documents.");

    public static readonly Error FolderNotManaged = Error.Forbidden("folder-not-managed", "Seuls les agents du cabinet et les personnes autorisées à gérer ce dossier peuvent faire cela.");

    public static readonly Error GrantNotFound = Error.NotFound("grant-not-found", "Cet accès est introuvable.");

    public static readonly Error LevelInvalid = Error.Invalid("level-invalid", "Choisissez un droit : lecture, lecture et dépôt, ou gestion (gestion : personnes seulement).");

    /// <summary>Not a client of the caller's organisation (another's, a deleted one, or none): which, is not told.</summary>
    public static readonly Error ApiClientNotFound = Error.NotFound("api-client-not-found", "Ce client d'API n'existe pas dans votre organisation : choisissez-en un dans la liste.");

    /// <summary>The person's details refused field by field, each field with its coded reason (read in the reader's language).</summary>
    public static Error PersonInvalid(IReadOnlyDictionary<string, Error> errors) =>
        Error.Validation(errors.ToDictionary(e => e.Key, e => new[] { e.Value.Message }), errors.Values.First().Message) with
        {
            FieldCauses = errors.ToDictionary(e => e.Key, e => new Error?[] { e.Value }),
        };

    public static readonly Error PersonNameRequired = Error.Invalid("person-name-required", "Le nom est obligatoire.");

    public static readonly Error PersonAddressIncomplete = Error.Invalid("person-address-incomplete", "Une adresse postale comprend au moins l'adresse, le code postal et la ville.");

    public static readonly Error PersonFieldInvisible = Error.Invalid("person-field-invisible", "Ce champ contient des caractères invisibles.");

    public static Error PersonFieldTooLong(int max) => Error.Invalid("person-field-too-long", $"{max} caractères au plus.").WithArguments(max);

    public static Error PersonEmailInvalid(string email) => Error.Invalid("person-email-invalid", $"L'adresse courriel « {email} » n'est pas valide.").WithArguments(email);

    public static Error MobileInvalid(string typed) =>
        Error.Invalid("mobile-invalid", $"« {typed} » n'est pas un numéro de mobile valide : saisissez-le au format international, par exemple +33612345678.")
            .WithArguments(typed);

    public static Error MobileNotFrench(string typed) =>
        Error.Invalid("mobile-invalid", $"« {typed} » n'est pas un numéro de mobile français : il commence par 06 ou 07 et compte 10 chiffres.")
            .WithReason("france").WithArguments(typed);

    public static Error CommentTooLong(int max) => Error.Invalid("comment-too-long", $"Le commentaire compte {max} caractères au plus.").WithArguments(max);

    public static Error InvitationCodeInvalid(int attemptsLeft) =>
        Error.Forbidden("invitation-code-invalid", $"Code de validation incorrect : il vous reste {attemptsLeft} {Plural.French(attemptsLeft, "essai", "essais")} avant que l'invitation soit bloquée.")
            .WithExtension("attemptsLeft", attemptsLeft)
            .WithArguments(attemptsLeft);

    /// <summary>The content is of another type than the extension says: <paramref name="actual"/> is its type's name (PDF, PNG...).</summary>
    public static Error FileTypeMismatch(string name, string actual) =>
        Error.Invalid("file-type-mismatch", $"Le contenu de « {name} » ne correspond pas à son extension : c'est en réalité un fichier {actual}.")
            .WithArguments(name, actual);

    public static Error FileTypeUnknown(string name) =>
        Error.Invalid("file-type-mismatch", $"Le contenu de « {name} » ne correspond pas à son extension : c'est en réalité un fichier d'un type que le coffre n'accepte pas.")
            .WithReason("unknown").WithArguments(name);

    // ---- Collecting documents ("Collecter des documents") ----

    public static readonly Error CollectionNoEmail = Error.Invalid("collection-no-email", "Cette personne n'a pas d'adresse courriel : complétez sa fiche pour lui demander des documents.");

    public static readonly Error CollectionNotFound = Error.NotFound("collection-not-found", "Cette demande de documents est introuvable.");

    public static readonly Error CollectionUnknown = Error.NotFound("collection-unknown", "Ce lien de dépôt n'existe pas ou a été remplacé par une relance. Vérifiez l'adresse reçue dans le dernier courriel.");

    public static readonly Error CollectionCancelled = Error.Gone("collection-cancelled", "Cette demande de documents a été annulée : plus aucun dépôt n'est possible.");

    public static readonly Error CollectionComplete = Error.Gone("collection-complete", "Tous les documents demandés ont été reçus : plus aucun dépôt n'est possible.");

    public static readonly Error CollectionOverdue = Error.Gone("collection-overdue", "La date limite de cette demande est passée : plus aucun dépôt n'est possible. Contactez la personne qui vous a fait la demande.");

    public static readonly Error CollectionItemUnknown = Error.Invalid("collection-item-unknown", "Ce document ne fait pas partie de la demande.");

    /// <summary>The item has all the files one item may take.</summary>
    public static Error CollectionItemFull(string item, int max) =>
        Error.Conflict("collection-file-limit", max == 1
                ? $"« {item} » a déjà reçu son fichier : c'est le maximum pour un document demandé. Pour le remplacer, contactez la personne qui vous a fait la demande."
                : $"« {item} » a déjà reçu {max} fichiers : c'est le maximum pour un document demandé. Pour en remplacer un, contactez la personne qui vous a fait la demande.")
            .WithReason("item").WithArguments(item, max);

    /// <summary>One more file would leave the request fewer places than the items still missing.</summary>
    public static Error CollectionFull(int max) =>
        Error.Conflict("collection-file-limit", $"Cette demande accepte {max} {Plural.French(max, "fichier", "fichiers")} au plus, en gardant une place pour chaque document encore attendu : envoyez d'abord ceux-là.")
            .WithReason("request").WithArguments(max);

    public static readonly Error CollectionItemsMissing = CollectionItemsInvalid("Indiquez au moins un document attendu.").WithReason("empty");

    public static Error CollectionItemsTooMany(int max) =>
        CollectionItemsInvalid($"Demandez au plus {max} documents à la fois.").WithReason("count").WithArguments(max);

    /// <summary>An item's description is too long; <paramref name="start"/> is its beginning, to find it.</summary>
    public static Error CollectionItemTooLong(string start, int max) =>
        CollectionItemsInvalid($"« {start}… » : un document attendu est décrit en {max} caractères au plus.").WithReason("length").WithArguments(start, max);

    public static readonly Error CollectionItemInvisible = CollectionItemsInvalid("Un document attendu contient des caractères invisibles.").WithReason("characters");

    public static Error CollectionItemTwice(string item) =>
        CollectionItemsInvalid($"« {item} » est demandé deux fois.").WithReason("duplicate").WithArguments(item);

    private static Error CollectionItemsInvalid(string message) => Error.InvalidField("collection-items-invalid", "Items", message);

    public static readonly Error CollectionDeadlinePast = Error.InvalidField("collection-deadline-invalid", "Deadline", "La date limite doit être une date à venir.").WithReason("past");

    public static Error CollectionDeadlineTooFar(int maxDays) =>
        Error.InvalidField("collection-deadline-invalid", "Deadline", $"La date limite est au plus dans {maxDays} jours.").WithReason("far").WithArguments(maxDays);

    public static Error CollectionMessageTooLong(int max) =>
        Error.InvalidField("collection-message-too-long", "Message", $"Le message compte {max} caractères au plus.").WithArguments(max);
}
