namespace Modular.Portfolio.Contracts;

/// <summary>
/// Error codes of the Portfolio module: stable, the problem types of the API and the keys of the
/// texts people read (<c>Error.{code}</c> in the Host's resources). A DSN's problems carry their
/// 1-based line number as their first argument.
/// </summary>
public static class PortfolioErrorCodes
{
    public const string SiretInvalid = "siret-invalid";
    public const string EstablishmentNameInvalid = "establishment-name-invalid";
    public const string DueDayInvalid = "due-day-invalid";
    public const string PartnerGroupRequired = "partner-group-required";
    public const string EstablishmentRemoved = "establishment-removed";
    public const string EstablishmentAlreadyThere = "establishment-already-there";
    public const string NoPortfolioAccess = "no-portfolio-access";
    public const string NotPortfolioAdministrator = "not-portfolio-administrator";
    public const string ResponsibilityMissing = "responsibility-missing";
    public const string EstablishmentNotFound = "establishment-not-found";
    public const string DepositInProgress = "deposit-in-progress";
    public const string DepositNotFound = "deposit-not-found";
    public const string PartnerGroupUnknown = "partner-group-unknown";
    public const string DsnTooLarge = "dsn-too-large";

    /// <summary>A file with structural problems, refused whole; each problem (code, line, text) in the problem details' <c>problems</c>.</summary>
    public const string DsnRefused = "dsn-refused";
    public const string ProfileNameInvalid = "profile-name-invalid";
    public const string ProfileResponsibilitiesRequired = "profile-responsibilities-required";
    public const string ProfileSelectionRequired = "profile-selection-required";
    public const string ProfileNotFound = "profile-not-found";
    public const string ProfileEstablishmentUnknown = "profile-establishment-unknown";
    public const string CollaboratorUnknown = "collaborator-unknown";
    public const string AdministratorUnknown = "administrator-unknown";
    public const string SeedingPartnerRequired = "seeding-partner-required";
    public const string SeedingAlreadyRequested = "seeding-already-requested";
    public const string SeedingAlreadyAccepted = "seeding-already-accepted";
    public const string SeedingAlreadyAnswered = "seeding-already-answered";
    public const string SeedingNotFound = "seeding-not-found";
    public const string SeedingContactMissing = "seeding-contact-missing";

    public const string DsnEmpty = "dsn-empty";
    public const string DsnBinary = "dsn-binary";
    public const string DsnUtf8 = "dsn-utf8";
    public const string DsnLineTooLong = "dsn-line-too-long";
    public const string DsnLineSyntax = "dsn-line-syntax";
    public const string DsnEmptyValue = "dsn-empty-value";
    public const string DsnBlockOrder = "dsn-block-order";
    public const string DsnNoEnvoi = "dsn-no-envoi";
    public const string DsnNoDeclaration = "dsn-no-declaration";
    public const string DsnBlockMissing = "dsn-block-missing";
    public const string DsnBlockRepeated = "dsn-block-repeated";
    public const string DsnRubricMissing = "dsn-rubric-missing";
    public const string DsnValueInvalid = "dsn-value-invalid";
    public const string DsnSirenInvalid = "dsn-siren-invalid";
    public const string DsnSiretInvalid = "dsn-siret-invalid";
    public const string DsnS90Missing = "dsn-s90-missing";
    public const string DsnAfterS90 = "dsn-after-s90";
    public const string DsnS90Lines = "dsn-s90-lines";
    public const string DsnS90Declarations = "dsn-s90-declarations";
    public const string DsnTooManyProblems = "dsn-too-many-problems";
}
