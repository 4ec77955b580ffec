using Modular.SharedKernel.Delegation;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Security;

namespace Modular.Delegation.Contracts;

/// <summary>
/// A signature as the page sends it: drawn (the PNG of the strokes) or scanned (a PNG or JPEG).
/// <see cref="SignatureForm.Digital"/> comes without content: it asks for the form's PDF to sign,
/// whose <c>.p7s</c> is given afterwards.
/// </summary>
public sealed record SignatureUpload(SignatureForm Form, byte[]? Content);

/// <summary>
/// The mandator's part, signed: the service, the mandatary's name and category, where to send the
/// mandatary the link to their part, the mandator's own address (which will receive the new
/// user's username) and the day the mandate ends (within a year).
/// </summary>
[RequireRole(DelegationScopes.AgentRole)]
[RequireScope(DelegationScopes.Delegation)]
public sealed record StartMandateRequestCommand(
    string? ServiceCode, StaffCategory Category, string? MandataryName, string? LinkEmail, string? MandatorEmail, DateOnly? EndsOn, SignatureUpload? Signature)
    : ICommand<MandateRequestDto>;

/// <summary>
/// The mandator's digital signature: the detached CMS signature (<c>.p7s</c>) of the PDF their
/// request gave them to sign. Verified, it sends the mandatary their link.
/// </summary>
[RequireRole(DelegationScopes.AgentRole)]
[RequireScope(DelegationScopes.Delegation)]
public sealed record SignMandatorPartCommand(Guid RequestId, byte[]? Signature) : ICommand<MandateRequestDto>;

/// <summary>The PDF the mandator is to sign digitally, exactly as kept (their <c>.p7s</c> must sign these bytes).</summary>
[RequireRole(DelegationScopes.AgentRole)]
[RequireScope(DelegationScopes.Delegation)]
public sealed record GetDocumentToSignQuery(Guid RequestId) : IQuery<MandateFormFileDto>;

/// <summary>Withdraws one's own request while it is not decided.</summary>
[RequireRole(DelegationScopes.AgentRole)]
[RequireScope(DelegationScopes.Delegation)]
public sealed record CancelMandateRequestCommand(Guid RequestId) : ICommand;

/// <summary>A mandate request as its mandator and the back office read it.</summary>
public sealed record MandateRequestDto(
    Guid Id,
    string ServiceCode,
    string ServiceName,
    StaffCategory Category,
    string MandatorName,
    string MandatorEmail,
    string MandataryName,
    string LinkEmail,
    string? MandataryEmail,
    MandateRequestState State,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? ReceivedAt,
    DateOnly EndsOn,
    DateTimeOffset? DecidedAt,
    string? RefusalReason,
    SignatureDto? MandatorSignature,
    SignatureDto? MandatarySignature);

/// <summary>How a party signed, and when; for a digital signature, the certificate's subject and end of validity.</summary>
public sealed record SignatureDto(SignatureForm Form, DateTimeOffset SignedAt, string? SignerSubject, DateTimeOffset? CertificateNotAfter);

/// <summary>
/// The « section Utilisateur » as the mandatary reaches it through their link (no account needed):
/// who asks, for which service and category, until when it can be signed; once they chose the
/// digital signature, the address kept with the PDF they are to sign.
/// </summary>
public sealed record MandataryPartDto(
    string MandatorName,
    string OrganisationName,
    string ServiceName,
    StaffCategory Category,
    string MandataryName,
    string LinkEmail,
    DateTimeOffset ExpiresAt,
    DateOnly EndsOn,
    string? DigitalSignatureEmail);

/// <summary>The request behind a mandatary link; the link's secret is the only key.</summary>
public sealed record GetMandataryPartQuery(string? Token) : IQuery<MandataryPartDto>;

/// <summary>
/// The mandatary fills and signs their part: their own address, which will receive the temporary
/// password. With <see cref="SignatureForm.Digital"/>, the address is kept with the PDF to sign, and
/// the part is signed by <see cref="SignMandataryPartCommand"/>.
/// </summary>
public sealed record CompleteMandataryPartCommand(string? Token, string? MandataryEmail, SignatureUpload? Signature) : ICommand;

/// <summary>The PDF the mandatary is to sign digitally, exactly as kept.</summary>
public sealed record GetMandataryDocumentToSignQuery(string? Token) : IQuery<MandateFormFileDto>;

/// <summary>The mandatary's digital signature: the <c>.p7s</c> of the PDF they downloaded. The request then joins the queue.</summary>
public sealed record SignMandataryPartCommand(string? Token, byte[]? Signature) : ICommand;

/// <summary>The PDF of one request (both parts, both signatures, the decision), for its mandator or the back office.</summary>
[RequireAuthenticated]
[RequireScope(DelegationScopes.Delegation)]
public sealed record GetMandateFormQuery(Guid RequestId) : IQuery<MandateFormFileDto>;

public sealed record MandateFormFileDto(string FileName, byte[] Content);
