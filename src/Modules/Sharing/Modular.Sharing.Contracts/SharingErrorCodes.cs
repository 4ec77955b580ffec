namespace Modular.Sharing.Contracts;

/// <summary>
/// Error codes of the Sharing module: stable, used as problem types and as the keys of the texts
/// people read (<c>Error.{code}</c> in the Host's resources, in French and English). Every code the
/// module's Domain can return is here; a test fails when one is missing or lacks a text.
/// Constants named <c>...Extension</c> are the names of problem extensions, not codes.
/// </summary>
public static class SharingErrorCodes
{
    public const string CaseNotFound = "case-not-found";
    public const string CaseExists = "case-exists";
    public const string CaseModified = "case-modified";
    public const string RestorePointNotFound = "restore-point-not-found";
    public const string KeyNotFound = "share-key-not-found";
    public const string KeyNotPending = "share-key-not-pending";
    public const string KeyMalformed = "key-malformed";
    public const string KeyUnknown = "key-unknown";
    public const string KeyUsed = "key-used";
    public const string KeyExpired = "key-expired";
    public const string KeyRevoked = "key-revoked";
    public const string ImportThrottled = "import-throttled";
    public const string NoOrganisation = "no-organisation";
    public const string EmailAddressInvalid = "email-address-invalid";
    public const string CaseClientNameRequired = "case-client-name-required";
    public const string CaseBirthDateImplausible = "case-birth-date-implausible";
    public const string CaseEmailInvalid = "case-email-invalid";
    public const string CasePhoneInvalid = "case-phone-invalid";
    public const string CaseInsurerRequired = "case-insurer-required";
    public const string CasePolicyNumberRequired = "case-policy-number-required";
    public const string CaseProductRequired = "case-product-required";
    public const string CasePremiumInvalid = "case-premium-invalid";
    public const string CaseSectionTitleRequired = "case-section-title-required";
    public const string CaseTextTooLong = "case-text-too-long";
    public const string CaseTooManyPolicies = "case-too-many-policies";
    public const string CaseTooManySections = "case-too-many-sections";
    public const string CaseSectionTitleTwice = "case-section-title-twice";

    /// <summary>Extension of <see cref="CaseExists"/>: the labels of the fields and sections an overwrite erases.</summary>
    public const string ErasedExtension = "erased";

    /// <summary>Extension of <see cref="CaseExists"/>: the id of the caller's case file that would be overwritten.</summary>
    public const string CaseIdExtension = "caseId";

    /// <summary>Extension of <see cref="CaseExists"/>: the client of that case file, as « Mes dossiers » lists it.</summary>
    public const string ClientNameExtension = "clientName";

    /// <summary>Extension of <see cref="ImportThrottled"/>: seconds to wait (also sent as Retry-After).</summary>
    public const string RetryAfterExtension = "retryAfter";
}
