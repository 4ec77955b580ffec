using Modular.SharedKernel.Results;

namespace Modular.Delegation.Domain;

/// <summary>
/// The Delegation module's failures. Codes are stable (the problem types of the API, the keys of the
/// Host's texts); the French message is the default text, the seed's own sentence where it has one.
/// </summary>
internal static class DelegationErrors
{
    public static Error EmailInvalid(string field) =>
        Error.InvalidField("mandate-email-invalid", field, "Indiquez une adresse de courriel valide, par exemple prenom.nom@cabinet.fr.");

    public static Error EmailsIdentical(string field) =>
        Error.InvalidField("mandate-emails-identical", field, "Cette adresse de courriel doit être différente de celle que nous a fournie l'autre partie : les éléments d'identification du nouvel utilisateur sont envoyés à 2 adresses de courriel différentes.");

    public static Error EmailShared(string field) =>
        Error.InvalidField("mandate-email-shared", field, "Si vous ou le nouvel utilisateur nous remettez une adresse de courriel partagée, nous ne pourrons pas vous fournir les éléments d'identification du nouvel utilisateur. Nous refuserons votre demande d'accès.");

    public static readonly Error CommercialBillingAgency =
        Error.Invalid("commercial-billing-agency", "Si votre agence de facturation est commerciale, vous ne pouvez pas mandater un membre de son personnel pour utiliser nos services en ligne.");

    public static readonly Error NotStaff =
        Error.Invalid("mandatary-not-staff", "Vous devez mandater un membre de votre personnel (p. ex. administratif, infirmier) qui a le droit d'accéder au service en ligne visé.");

    public static readonly Error QuestionUnanswered =
        Error.Invalid("question-unanswered", "Répondez à la question pour accéder au formulaire approprié à votre situation.");

    public static Error SignatureTooLarge(int maxBytes) =>
        Error.TooLarge("signature-too-large", $"L'image de la signature dépasse {maxBytes / (1024 * 1024)} Mo.").WithArguments(maxBytes / (1024 * 1024));

    /// <summary>A drawn signature that is not the PNG the page draws (reason <c>drawn</c>).</summary>
    public static readonly Error SignatureDrawnUnreadable = SignatureImageInvalid("drawn");

    /// <summary>A scanned signature that is neither a PNG nor a JPEG (reason <c>scanned</c>).</summary>
    public static readonly Error SignatureScannedNotImage = SignatureImageInvalid("scanned");

    public static readonly Error SignatureDigitalInvalid =
        Error.Invalid("signature-digital-invalid", "La signature numérique n'est pas valide : elle ne correspond pas au formulaire téléchargé, ou le fichier .p7s est altéré. Signez le PDF du formulaire tel quel.");

    public static readonly Error SignatureDigitalRequired =
        Error.InvalidField("signature-digital-required", "Signature", "Déposez le fichier .p7s de votre signature numérique du PDF du formulaire.");

    public static readonly Error SignatureDigitalNoDocument =
        Error.InvalidField("signature-digital-no-document", "Signature", "Il n'y a pas encore de PDF à signer : choisissez « Signature numérique » et envoyez le formulaire, téléchargez le PDF qui en est fait, signez-le avec votre certificat, puis déposez le fichier .p7s.");

    public static readonly Error MandatorPartSigned =
        Error.Conflict("mandator-part-signed", "Votre partie de ce formulaire est déjà signée : le lien a été envoyé au mandataire.");

    public static Error SignatureCertificateExpired(string subject, DateTimeOffset notBefore, DateTimeOffset notAfter) =>
        Error.Invalid("signature-certificate-expired", $"Le certificat de la signature numérique ({subject}) n'est pas valide aujourd'hui : il l'est du {notBefore:dd/MM/yyyy} au {notAfter:dd/MM/yyyy}.")
            .WithArguments(subject, notBefore, notAfter);

    public static Error ServiceNotForCategory(string service) =>
        Error.InvalidField("service-not-for-category", "Service", "Ce service en ligne ne peut pas être confié à cette catégorie de personnel.").WithArguments(service);

    public static readonly Error MandataryNameInvalid =
        Error.InvalidField("mandatary-name-invalid", "MandataryName", "Indiquez le nom du membre de votre personnel à mandater (100 caractères au plus).");

    public static readonly Error RequestExpired =
        Error.Gone("mandate-request-expired", "Cette demande a expiré : la section Utilisateur n'a pas été remplie dans les 30 jours. Le professionnel doit faire une nouvelle demande.");

    public static readonly Error MandataryPartDone =
        Error.Conflict("mandatary-part-done", "La section Utilisateur de cette demande est déjà remplie et signée.");

    public static readonly Error RequestNotInQueue =
        Error.Conflict("mandate-request-not-in-queue", "Cette demande n'attend pas de décision : elle est déjà traitée, ou sa section Utilisateur n'est pas encore signée.");

    public static readonly Error RequestClosed =
        Error.Conflict("mandate-request-closed", "Cette demande est déjà traitée, expirée ou annulée.");

    public static readonly Error RefusalReasonRequired =
        Error.InvalidField("refusal-reason-required", "Reason", "Indiquez la raison du refus (1000 caractères au plus) : les deux parties la recevront.");

    public static Error EmailTaken(string field) =>
        Error.InvalidField("mandate-email-taken", field, "Cette adresse de courriel est celle d'un autre compte : chaque partie doit donner sa propre adresse.");

    public static readonly Error SignatureRequired =
        Error.InvalidField("signature-required", "Signature", "Signez le formulaire : tracez votre signature dans le cadre, joignez l'image de votre signature manuscrite, ou choisissez la signature numérique.");

    public static readonly Error EndDateInvalid =
        Error.InvalidField("mandate-end-invalid", "EndsOn", "Indiquez la date de fin du mandat : après aujourd'hui, et au plus tard dans un an.");

    public static readonly Error ServiceUnknown =
        Error.InvalidField("service-unknown", "Service", "Choisissez le service en ligne auquel vous voulez donner accès.");

    public static readonly Error AlreadyRequested =
        Error.Conflict("mandate-already-requested", "Une demande est déjà en cours, ou un mandat déjà actif, pour ce mandataire et ce service en ligne : vous devez remplir un formulaire par mandataire et par service en ligne.");

    public static readonly Error LinkInvalid =
        Error.NotFound("mandate-link-invalid", "Ce lien ne mène à aucune demande : vérifiez qu'il est complet, ou demandez au professionnel de vous le renvoyer.");

    public static readonly Error RequestNotFound =
        Error.NotFound("mandate-request-not-found", "Cette demande de mandat n'existe pas, ou vous n'y avez pas accès.");

    public static readonly Error MandateNotFound =
        Error.NotFound("mandate-not-found", "Ce mandat n'existe pas, ou vous n'y avez pas accès.");

    public static readonly Error MandateNotActive =
        Error.Conflict("mandate-not-active", "Ce mandat n'est plus en vigueur : il a été révoqué ou il est arrivé à sa date de fin.");

    public static readonly Error RenewalInvalid =
        Error.InvalidField("mandate-renewal-invalid", "EndsOn", "La nouvelle date de fin doit suivre la date de fin actuelle du mandat, et tomber au plus tard dans un an.");

    public static readonly Error MandateEnded =
        Error.Conflict("mandate-end-passed", "La date de fin demandée pour ce mandat est passée : refusez la demande, le professionnel en fera une nouvelle.");

    /// <summary>Several refused fields at once, each with its own code and text; one alone stays itself.</summary>
    public static Error AllOf(IReadOnlyList<Error> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 1)
        {
            return errors[0];
        }

        var byField = errors.SelectMany(e => e.FieldErrors.Keys.Select(field => (field, e))).GroupBy(p => p.field).ToDictionary(g => g.Key, g => g.Select(p => p.e).ToArray());
        return Error.Validation(
            byField.ToDictionary(f => f.Key, f => f.Value.Select(e => e.Message).ToArray()),
            string.Join(" ", errors.Select(e => e.Message))) with
        {
            FieldCauses = byField.ToDictionary(f => f.Key, f => f.Value.Select(e => (Error?)e).ToArray()),
        };
    }

    private static Error SignatureImageInvalid(string reason) => Error.Invalid("signature-image-invalid", reason == "drawn"
        ? "La signature tracée n'a pas pu être lue : signez de nouveau dans le cadre."
        : "La signature numérisée doit être une image PNG ou JPEG.").WithReason(reason);
}
