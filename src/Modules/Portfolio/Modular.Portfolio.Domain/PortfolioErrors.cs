using Modular.SharedKernel.Results;

namespace Modular.Portfolio.Domain;

/// <summary>
/// The Portfolio module's failures. Codes are stable (the problem types of the API, the keys of the
/// Host's texts); the French message is the default text. A DSN's problems carry their 1-based line
/// number as their first argument.
/// </summary>
internal static class PortfolioErrors
{
    public static readonly Error SiretMissing = SiretInvalid("missing");

    public static readonly Error SiretCharacters = SiretInvalid("characters");

    public static readonly Error SiretLength = SiretInvalid("length");

    public static readonly Error SiretKey = SiretInvalid("key");

    private static Error SiretInvalid(string reason) => Error.InvalidField("siret-invalid", "Siret", reason switch
    {
        "missing" => "Indiquez le numéro SIRET de l'établissement (14 chiffres).",
        "characters" => "Un numéro SIRET ne contient que des chiffres (les espaces et les points sont ignorés).",
        "length" => "Un numéro SIRET compte 14 chiffres : les 9 du SIREN puis les 5 du NIC.",
        _ => "Ce numéro SIRET n'existe pas : sa clé de contrôle ne correspond pas. Vérifiez-le sur l'avis de situation SIRENE.",
    }).WithReason(reason);

    public static readonly Error NameInvalid = Error.InvalidField("establishment-name-invalid", "Name", "Indiquez la raison sociale de l'établissement (200 caractères au plus).");

    public static readonly Error DueDayInvalid = Error.InvalidField("due-day-invalid", "DueDay", "Choisissez l'échéance mensuelle : le 5 ou le 15.");

    public static readonly Error PartnerGroupRequired = Error.InvalidField("partner-group-required", "PartnerGroup", "Choisissez le groupe de protection sociale partenaire.");

    public static readonly Error EstablishmentRemoved = Error.Conflict("establishment-removed", "Cet établissement a été retiré du portefeuille.");

    public static readonly Error EstablishmentAlreadyThere = Error.Conflict("establishment-already-there", "Cet établissement est déjà dans le portefeuille.");

    public static readonly Error ProfileNameInvalid = Error.InvalidField("profile-name-invalid", "Name", "Donnez un nom au profil de délégation (100 caractères au plus).");

    public static readonly Error ProfileResponsibilitiesRequired = Error.InvalidField("profile-responsibilities-required", "Responsibilities", "Choisissez au moins une responsabilité à déléguer.");

    public static readonly Error ProfileSelectionRequired = Error.InvalidField("profile-selection-required", "Selection", "Choisissez les établissements du profil, un par un ou par règle (groupe partenaire, échéance).");

    public static readonly Error NoPortfolioAccess = Error.Forbidden("no-portfolio-access", "Votre compte n'a pas accès au portefeuille : l'administrateur du compte tiers déclarant vous en confie une partie par un profil de délégation.");

    public static readonly Error NotAdministrator = Error.Forbidden("not-portfolio-administrator", "Seul l'administrateur du portefeuille peut faire cela.");

    public static readonly Error ResponsibilityMissing = Error.Forbidden("responsibility-missing", "Votre délégation ne vous confie pas cette responsabilité pour cet établissement.");

    public static readonly Error EstablishmentNotFound = Error.NotFound("establishment-not-found", "Cet établissement n'est pas dans votre portefeuille.");

    public static readonly Error DepositInProgress = Error.Conflict("deposit-in-progress", "Ce fichier est déposé au même moment par une autre demande ; consultez vos dépôts.");

    public static readonly Error DepositNotFound = Error.NotFound("deposit-not-found", "Ce dépôt est introuvable.");

    public static readonly Error SeedingPartnerRequired = Error.Conflict("seeding-partner-required", "Choisissez d'abord le groupe de protection sociale partenaire de l'établissement : c'est à lui que la demande d'amorçage est adressée.");

    public static readonly Error SeedingAlreadyRequested = Error.Conflict("seeding-already-requested", "Une demande d'amorçage attend déjà la réponse du groupe partenaire pour cet établissement.");

    public static readonly Error SeedingAlreadyAccepted = Error.Conflict("seeding-already-accepted", "Le groupe partenaire a déjà accepté l'amorçage des données de cet établissement.");

    public static readonly Error SeedingAlreadyAnswered = Error.Conflict("seeding-already-answered", "La réponse à cette demande d'amorçage est déjà enregistrée.");

    public static readonly Error SeedingNotFound = Error.NotFound("seeding-not-found", "Cette demande d'amorçage est introuvable.");

    public static Error SeedingContactMissing(string code) =>
        Error.Conflict("seeding-contact-missing", $"Le groupe partenaire « {code} » n'a pas d'adresse pour les demandes d'amorçage : demandez à l'exploitant de la renseigner.").WithArguments(code);

    public static readonly Error ProfileNotFound = Error.NotFound("profile-not-found", "Ce profil de délégation est introuvable.");

    public static readonly Error CollaboratorUnknown = Error.InvalidField("collaborator-unknown", "Collaborators", "Un profil de délégation ne se confie qu'à des collaborateurs actifs de votre compte.");

    public static readonly Error EstablishmentUnknown = Error.InvalidField("profile-establishment-unknown", "Establishments", "Un profil de délégation ne contient que des établissements de votre portefeuille.");

    public static readonly Error AdministratorUnknown = Error.InvalidField("administrator-unknown", "UserId", "Le droit d'administrateur du portefeuille se donne à un collaborateur actif de votre compte.");

    public static Error PartnerGroupUnknown(string code) =>
        Error.InvalidField("partner-group-unknown", "PartnerGroup", $"Le groupe de protection sociale « {code} » n'est pas un partenaire.").WithArguments(code);

    public static Error DsnTooLarge(long maxBytes) =>
        Error.TooLarge("dsn-too-large", $"Le fichier dépasse la taille admise de {maxBytes / (1024 * 1024)} Mo.").WithArguments(maxBytes / (1024 * 1024));

    /// <summary>A file with structural problems, refused whole: each problem (with its line) in <see cref="Error.Extensions"/>'s <c>problems</c>.</summary>
    public static Error DsnRefused(IReadOnlyList<Error> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return Error.Invalid("dsn-refused", $"Le fichier DSN est refusé, rien n'a été ajouté : {problems.Count} erreur(s) à corriger.")
            .WithArguments(problems.Count)
            .WithExtension("problems", problems);
    }

    // The DSN file as a whole.
    public static readonly Error DsnEmpty = Error.Invalid("dsn-empty", "Le fichier est vide.");

    public static Error DsnBinary(int line) =>
        Dsn("dsn-binary", line, $"Ligne {line} : ce fichier n'est pas un fichier texte DSN (caractère de contrôle ou binaire).");

    public static Error DsnUtf8(int line) =>
        Dsn("dsn-utf8", line, $"Ligne {line} : le fichier est encodé en UTF-8 ; une DSN est en ISO-8859-1 (Latin-1). Enregistrez-la dans cet encodage avant de la déposer.");

    public static Error DsnLineTooLong(int line, int max) =>
        Dsn("dsn-line-too-long", line, $"Ligne {line} : la ligne dépasse {max} caractères.", max);

    public static Error DsnLineSyntax(int line) =>
        Dsn("dsn-line-syntax", line, $"Ligne {line} : la ligne n'a pas la forme d'une rubrique DSN, S21.G00.06.001,'valeur'.");

    public static Error DsnEmptyValue(int line, string rubric) =>
        Dsn("dsn-empty-value", line, $"Ligne {line} : la rubrique {rubric} est vide ; une rubrique sans valeur est omise.", rubric);

    public static Error DsnBlockOrder(int line, string block, string after) =>
        Dsn("dsn-block-order", line, $"Ligne {line} : le bloc {block} ne peut pas suivre le bloc {after}.", block, after);

    public static Error DsnNoEnvoi(int line) =>
        Dsn("dsn-no-envoi", line, $"Ligne {line} : une DSN commence par le bloc d'envoi S10.G00.00.");

    public static Error DsnNoDeclaration(int line) =>
        Dsn("dsn-no-declaration", line, $"Ligne {line} : l'envoi ne contient aucune déclaration (bloc S20.G00.05).");

    public static Error DsnBlockMissing(int line, string block) =>
        Dsn("dsn-block-missing", line, $"Ligne {line} : la déclaration commencée ici n'a pas de bloc {block}.", block);

    public static Error DsnBlockRepeated(int line, string block) =>
        Dsn("dsn-block-repeated", line, $"Ligne {line} : un deuxième bloc {block} dans la même déclaration ; une déclaration porte sur une seule entreprise et un seul établissement.", block);

    public static Error DsnRubricMissing(int line, string rubric) =>
        Dsn("dsn-rubric-missing", line, $"Ligne {line} : la rubrique obligatoire {rubric} manque dans ce bloc.", rubric);

    public static Error DsnValueInvalid(int line, string rubric, string value) =>
        Dsn("dsn-value-invalid", line, $"Ligne {line} : la valeur « {value} » n'est pas admise dans la rubrique {rubric}.", rubric, value);

    public static Error DsnSirenInvalid(int line, string siren) =>
        Dsn("dsn-siren-invalid", line, $"Ligne {line} : le SIREN {siren} n'est pas valide (9 chiffres et la clé de Luhn).", siren);

    public static Error DsnSiretInvalid(int line, string siret) =>
        Dsn("dsn-siret-invalid", line, $"Ligne {line} : le SIRET {siret} n'est pas valide (sa clé de contrôle ne correspond pas).", siret);

    public static Error DsnS90Missing(int line) =>
        Dsn("dsn-s90-missing", line, $"Ligne {line} : le fichier se termine sans le bloc de total S90.G00.90.");

    public static Error DsnAfterS90(int line) =>
        Dsn("dsn-after-s90", line, $"Ligne {line} : rien ne suit le bloc de total S90.G00.90.");

    public static Error DsnS90Lines(int line, string declared, int counted) =>
        Dsn("dsn-s90-lines", line, $"Ligne {line} : le total annonce {declared} rubriques, le fichier en compte {counted}.", declared, counted);

    public static Error DsnS90Declarations(int line, string declared, int counted) =>
        Dsn("dsn-s90-declarations", line, $"Ligne {line} : le total annonce {declared} déclarations, le fichier en compte {counted}.", declared, counted);

    public static Error DsnTooManyProblems(int line, int max) =>
        Dsn("dsn-too-many-problems", line, $"Ligne {line} : lecture arrêtée après {max} erreurs.", max);

    private static Error Dsn(string code, int line, string message, params object?[] more) =>
        Error.Invalid(code, message).WithArguments([line, .. more]);
}
