namespace Modular.ClientPortal.Contracts;

/// <summary>
/// Error codes of the ClientPortal module: stable, used as problem types and as the keys of the
/// texts people read (<c>Error.{code}</c> in the Host's resources, in French and English). Every
/// code the module's Domain can return is here; a test fails when one is missing or lacks a text.
/// </summary>
public static class ClientPortalErrorCodes
{
    // Companies
    public const string CompanyNotFound = "company-not-found";
    public const string CompanyNameInvalid = "company-name-invalid";
    public const string UidInvalid = "uid-invalid";
    public const string UidTaken = "uid-taken";
    public const string ContractInvalid = "contract-invalid";
    public const string PremiumInvalid = "premium-invalid";
    public const string CopyAddressInvalid = "copy-address-invalid";
    public const string CopyPostalInvalid = "copy-postal-invalid";
    public const string CopyAddressBoth = "copy-address-both";
    public const string AddressInvalid = "company-address-invalid";
    public const string NotInsurer = "not-insurer";

    // Publishing
    public const string LineInvalid = "line-invalid";
    public const string DocumentTypeNotInLine = "document-type-not-in-line";
    public const string DocumentTitleInvalid = "document-title-invalid";
    public const string DocumentDateInvalid = "document-date-invalid";
    public const string PdfEmpty = "pdf-empty";
    public const string NotPdf = "not-pdf";
    public const string PdfEncrypted = "pdf-encrypted";
    public const string PdfTooLarge = "pdf-too-large";

    // Reading
    public const string NotClientUser = "not-client-user";
    public const string MfaRequired = "mfa-required";
    public const string PortalDocumentNotFound = "portal-document-not-found";
    public const string PortalDocumentExpired = "portal-document-expired";

    // Access requests, invitations, colleagues
    public const string InsurerUnknown = "insurer-unknown";
    public const string ContractsMissing = "contracts-missing";
    public const string ContactNameInvalid = "contact-name-invalid";
    public const string PhoneInvalid = "phone-invalid";
    public const string EmailAddressInvalid = "email-address-invalid";
    public const string EmailNotPersonal = "email-not-personal";
    public const string PremiumVolumeInvalid = "premium-volume-invalid";
    public const string NotEligible = "portal-not-eligible";
    public const string RequestNotFound = "access-request-not-found";
    public const string RequestDecided = "access-request-decided";
    public const string RefusalReasonInvalid = "refusal-reason-invalid";
    public const string NewCompanyNeeded = "new-company-needed";
    public const string InvitationUnknown = "portal-invitation-unknown";
    public const string InvitationUsed = "portal-invitation-used";
    public const string InvitationExpired = "portal-invitation-expired";
    public const string InvitationOtherAccount = "portal-invitation-other-account";
    public const string AlreadyMember = "portal-already-member";
    public const string NotClientAdmin = "not-client-admin";
    public const string MemberNotFound = "portal-member-not-found";
    public const string CannotDeactivateSelf = "portal-cannot-deactivate-self";
    public const string MessageInvalid = "portal-message-invalid";
    public const string ApiClientUnknown = "portal-api-client-unknown";
    public const string ApiClientTaken = "portal-api-client-taken";
    public const string AuthorisationNotFound = "portal-authorisation-not-found";

    // ZIP of several documents
    public const string ArchiveEmpty = "portal-archive-empty";
    public const string ArchiveTooMany = "portal-archive-too-many";
    public const string ArchiveRequestInvalid = "portal-archive-request-invalid";
}
