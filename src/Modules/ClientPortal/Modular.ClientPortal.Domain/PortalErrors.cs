using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Domain;

/// <summary>
/// The ClientPortal module's failures. Codes are the problem types of the API and are declared once
/// for callers in Contracts' ClientPortalErrorCodes (a test keeps the two equal); the French message is
/// the default text, while people read the Host's text for the code in their language.
/// </summary>
internal static class PortalErrors
{
    public static readonly Error CompanyNotFound = Error.NotFound("company-not-found", "Cette entreprise cliente est introuvable.");

    public static readonly Error CompanyNameInvalid = Error.InvalidField("company-name-invalid", "Name", "Indiquez le nom de l'entreprise (200 caractères au plus).");

    public static readonly Error AddressInvalid = Error.InvalidField("company-address-invalid", "Address", "Indiquez la rue, le numéro postal (4 chiffres) et la localité de l'entreprise.");

    public static readonly Error UidTaken = Error.Conflict("uid-taken", "Une entreprise cliente porte déjà ce numéro IDE.");

    public static readonly Error CopyAddressInvalid = Error.InvalidField("copy-address-invalid", "CopyEmail", "L'adresse de copie n'est pas une adresse de courriel valide.");

    public static readonly Error CopyPostalInvalid = Error.InvalidField("copy-postal-invalid", "CopyAddress", "Indiquez le nom, la rue, le numéro postal et la localité de l'adresse de copie (numéro postal suisse : 4 chiffres).");

    public static readonly Error CopyAddressBoth = Error.InvalidField("copy-address-both", "CopyKind", "Choisissez une seule adresse de copie : un courriel ou une adresse postale.");

    public static readonly Error NotInsurer = Error.Forbidden("not-insurer", "Votre compte n'est rattaché à aucun assureur : seuls les collaborateurs d'un assureur publient sur le portail.");

    public static readonly Error DocumentTitleInvalid = Error.InvalidField("document-title-invalid", "Title", "Indiquez le titre du document (200 caractères au plus).");

    public static readonly Error PdfEmpty = Error.Invalid("pdf-empty", "Le fichier est vide.");

    public static readonly Error NotPdf = Error.Invalid("not-pdf", "Seuls les documents PDF sont publiés sur le portail : ce fichier n'est pas un PDF.");

    public static readonly Error PdfEncrypted = Error.Invalid("pdf-encrypted", "Ce PDF est protégé par un mot de passe : vos clients ne pourraient pas l'ouvrir. Publiez-le sans protection.");

    public static readonly Error NotClientUser = Error.Forbidden("not-client-user", "Votre compte n'a pas accès au portail clientèle.");

    public static readonly Error MfaRequired = Error.Forbidden("mfa-required", "Activez l'authentification à deux facteurs pour accéder à vos documents.");

    public static readonly Error DocumentNotFound = Error.NotFound("portal-document-not-found", "Ce document est introuvable sur votre portail.");

    public static readonly Error UidMissing = UidInvalid("missing");

    public static readonly Error UidPrefix = UidInvalid("prefix");

    public static readonly Error UidFormat = UidInvalid("format");

    public static readonly Error UidCheckDigit = UidInvalid("check-digit");

    private static Error UidInvalid(string reason) =>
        Error.InvalidField("uid-invalid", "Uid", "Le numéro IDE n'est pas valide : il s'écrit CHE-123.456.789 et son dernier chiffre doit correspondre au chiffre de contrôle.").WithReason(reason);

    public static Error ContractInvalid(int index) =>
        Error.InvalidField("contract-invalid", $"Contracts[{index}]", "Indiquez le numéro de chaque contrat (30 caractères au plus) et choisissez une seule fois chaque numéro.").WithArguments(index + 1);

    public static Error PremiumInvalid(int index, string? text) =>
        Error.InvalidField("premium-invalid", $"Contracts[{index}].AnnualPremium", $"La prime annuelle « {text} » n'est pas un montant en francs (par exemple 120 000 ou 120000.50).").WithArguments(text ?? "");

    public static Error LineInvalid(string? text) =>
        Error.InvalidField("line-invalid", "Line", $"« {text} » n'est pas une branche d'assurance : choisissez IJM, LAA ou LAAC.").WithArguments(text ?? "");

    public static Error DocumentTypeNotInLine(string? type, string line) =>
        Error.InvalidField("document-type-not-in-line", "Type", $"Le type de document « {type} » n'existe pas pour la branche {line}.").WithArguments(type ?? "", line);

    public static Error DocumentDateInvalid(string? text) =>
        Error.InvalidField("document-date-invalid", "DocumentDate", $"La date du document « {text} » n'est pas valide (AAAA-MM-JJ, pas dans le futur).").WithArguments(text ?? "");

    public static Error PdfTooLarge(string fileName, long maxBytes) =>
        Error.TooLarge("pdf-too-large", $"« {fileName} » dépasse la taille autorisée de {new ByteCount(maxBytes)} par document.").WithArguments(fileName, new ByteCount(maxBytes)).WithExtension("maxBytes", maxBytes);

    public static readonly Error ArchiveEmpty = Error.InvalidField("portal-archive-empty", "DocumentIds", "Cochez au moins un document à télécharger.");

    public static Error NothingExpiring(int days) =>
        Error.Invalid("portal-archive-empty", $"Aucun document ne sera effacé du portail dans les {days} jours.").WithReason("expiring").WithArguments(days);

    public static Error ArchiveTooMany(int max) =>
        Error.InvalidField("portal-archive-too-many", "DocumentIds", $"Cochez au plus {max} documents par fichier ZIP.").WithArguments(max);

    public static Error TooManyExpiring(int count, int max) =>
        Error.Invalid("portal-archive-too-many", $"{count} documents seront effacés prochainement, plus que les {max} qu'un fichier ZIP peut contenir : cochez-les par groupes.")
            .WithReason("expiring").WithArguments(count, max);

    public static Error ArchiveRequestInvalid(int maxDays) =>
        Error.Invalid("portal-archive-request-invalid", $"Demandez soit des documents choisis, soit ceux effacés dans les {maxDays} jours au plus, pas les deux.").WithArguments(maxDays);

    public static Error DocumentExpired(DateTimeOffset expiredAt) =>
        Error.Gone("portal-document-expired", "Ce document a été effacé du portail à la fin de sa durée de conservation (environ un an).").WithExtension("expiredAt", expiredAt);

    // Access requests and invitations

    public static readonly Error InsurerUnknown = Error.NotFound("insurer-unknown", "Ce formulaire de demande d'accès n'existe pas. Vérifiez l'adresse reçue de votre assureur.");

    public static readonly Error ContractsMissing = Error.InvalidField("contracts-missing", "Contracts", "Indiquez au moins un contrat existant (IJM, LAA ou LAAC) et son numéro.");

    public static readonly Error ContactNameInvalid = Error.InvalidField("contact-name-invalid", "Contact", "Indiquez le prénom et le nom de la personne de contact (100 caractères au plus chacun).");

    public static readonly Error PhoneInvalid = Error.InvalidField("phone-invalid", "Phone", "Ce numéro de téléphone n'est pas valide (par exemple 021 345 67 89 ou +41 21 345 67 89).");

    public static readonly Error RequestNotFound = Error.NotFound("access-request-not-found", "Cette demande d'accès est introuvable.");

    public static readonly Error RequestDecided = Error.Conflict("access-request-decided", "Cette demande a déjà été traitée.");

    public static readonly Error NewCompanyNeeded = Error.Invalid("new-company-needed", "Cette entreprise n'est pas encore sur le portail : complétez son adresse et la prime de chaque contrat, sous le numéro IDE de la demande, pour la créer.");

    public static readonly Error RefusalReasonInvalid = Error.InvalidField("refusal-reason-invalid", "Reason", "Indiquez la raison du refus (1000 caractères au plus) : elle est envoyée au demandeur.");

    public static readonly Error InvitationUnknown = Error.NotFound("portal-invitation-unknown", "Ce lien d'invitation n'existe pas. Vérifiez l'adresse reçue par courriel.");

    public static readonly Error InvitationUsed = Error.Gone("portal-invitation-used", "Ce lien personnel a déjà été utilisé : connectez-vous avec votre adresse et votre mot de passe.");

    public static readonly Error InvitationExpired = Error.Gone("portal-invitation-expired", "Ce lien personnel a expiré. Demandez une nouvelle invitation à votre conseiller ou à l'administrateur de votre entreprise.");

    public static readonly Error InvitationOtherAccount = Error.Forbidden("portal-invitation-other-account", "Cette invitation a été envoyée à une autre adresse que celle de votre compte : déconnectez-vous, puis ouvrez à nouveau le lien.");

    public static readonly Error AlreadyMember = Error.Conflict("portal-already-member", "Ce compte a déjà accès au portail d'une entreprise.");

    public static readonly Error NotClientAdmin = Error.Forbidden("not-client-admin", "Seul l'administrateur de votre entreprise peut inviter ou désactiver des collègues.");

    public static readonly Error MemberNotFound = Error.NotFound("portal-member-not-found", "Cette personne n'a pas accès au portail de votre entreprise.");

    public static readonly Error MessageInvalid = Error.InvalidField("portal-message-invalid", "Body", "Écrivez votre message (4000 caractères au plus).");

    public static readonly Error ApiClientUnknown = Error.InvalidField("portal-api-client-unknown", "ClientId", "Aucun client d'API ne porte cet identifiant : demandez-le à l'éditeur de votre logiciel.");

    public static readonly Error ApiClientTaken = Error.Conflict("portal-api-client-taken", "Ce client d'API lit déjà les documents d'une entreprise : chaque entreprise autorise son propre client.");

    public static readonly Error AuthorisationNotFound = Error.NotFound("portal-authorisation-not-found", "Cette autorisation est introuvable.");

    public static readonly Error CannotDeactivateSelf = Error.Conflict("portal-cannot-deactivate-self", "Vous ne pouvez pas désactiver votre propre accès.");

    public static Error EmailInvalid(string field) => Error.InvalidField("email-address-invalid", field, "Cette adresse de courriel n'est pas valide.");

    /// <summary>The seed's sentence, verbatim.</summary>
    public static Error EmailNotPersonal(string field) => Error.InvalidField(
        "email-not-personal", field,
        "Une adresse électronique personnelle est nécessaire pour l'inscription. Ne sont pas autorisées les adresses générales comme info@nomentreprise.ch ou les adresses avec des domaines privés comme @gmail.com, @hotmail.com ou @bluewin.ch.");

    public static Error PremiumVolumeInvalid(string? text) =>
        Error.InvalidField("premium-volume-invalid", "PremiumVolume", $"Le volume de primes « {text} » n'est pas un montant en francs (par exemple 320 000).").WithArguments(text ?? "");

    /// <summary>The seed's sentence, with the configured threshold and the insurer's name.</summary>
    public static Error NotEligible(decimal minimumFrancs, string insurer) => Error.Invalid(
        "portal-not-eligible",
        $"L'offre s'adresse actuellement aux entreprises clientes avec un volume de primes à partir de {minimumFrancs:N0} francs, sur tous les contrats existants (IJM, LAA et LAAC) auprès de {insurer}.")
        .WithArguments(minimumFrancs, insurer);
}
