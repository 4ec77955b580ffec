namespace Modular.Delegation.Contracts;

/// <summary>
/// Error codes of the Delegation module: stable, the problem types of the API and the keys of the
/// texts people read (<c>Error.{code}</c> in the Host's resources).
/// </summary>
public static class DelegationErrorCodes
{
    public const string EmailInvalid = "mandate-email-invalid";
    public const string EmailsIdentical = "mandate-emails-identical";
    public const string EmailShared = "mandate-email-shared";
    public const string CommercialBillingAgency = "commercial-billing-agency";
    public const string NotStaff = "mandatary-not-staff";
    public const string QuestionUnanswered = "question-unanswered";
    public const string SignatureTooLarge = "signature-too-large";
    public const string SignatureImageInvalid = "signature-image-invalid";
    public const string SignatureDigitalInvalid = "signature-digital-invalid";
    public const string SignatureCertificateExpired = "signature-certificate-expired";
    public const string SignatureDigitalRequired = "signature-digital-required";
    public const string SignatureDigitalNoDocument = "signature-digital-no-document";
    public const string MandatorPartSigned = "mandator-part-signed";
    public const string ServiceNotForCategory = "service-not-for-category";
    public const string MandataryNameInvalid = "mandatary-name-invalid";
    public const string RequestExpired = "mandate-request-expired";
    public const string MandataryPartDone = "mandatary-part-done";
    public const string RequestNotInQueue = "mandate-request-not-in-queue";
    public const string RequestClosed = "mandate-request-closed";
    public const string RefusalReasonRequired = "refusal-reason-required";
    public const string EmailTaken = "mandate-email-taken";
    public const string SignatureRequired = "signature-required";
    public const string EndDateInvalid = "mandate-end-invalid";
    public const string ServiceUnknown = "service-unknown";
    public const string AlreadyRequested = "mandate-already-requested";
    public const string LinkInvalid = "mandate-link-invalid";
    public const string RequestNotFound = "mandate-request-not-found";
    public const string MandateNotFound = "mandate-not-found";
    public const string MandateNotActive = "mandate-not-active";
    public const string MandateEnded = "mandate-end-passed";
    public const string RenewalInvalid = "mandate-renewal-invalid";
}
