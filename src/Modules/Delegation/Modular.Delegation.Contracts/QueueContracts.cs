using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Security;

namespace Modular.Delegation.Contracts;

/// <summary>The back office's queue: the date processed today and the requests awaiting a decision, in order of receipt.</summary>
public sealed record MandateQueueDto(DateOnly ProcessingDate, IReadOnlyList<MandateRequestDto> Waiting, IReadOnlyList<MandateRequestDto> Decided);

/// <summary>The queue, and the latest decisions (100 at most).</summary>
[RequireRole(DelegationScopes.AdminRole, DelegationScopes.MandateOfficerRole)]
public sealed record GetMandateQueueQuery : IQuery<MandateQueueDto>;

/// <summary>One request, for its mandator or the back office.</summary>
[RequireAuthenticated]
[RequireScope(DelegationScopes.Delegation)]
public sealed record GetMandateRequestQuery(Guid RequestId) : IQuery<MandateRequestDto>;

/// <summary>
/// A party's signature as kept, for the back office; <paramref name="Mandatary"/> false for the
/// mandator's: the image (drawn or scanned) or the <c>.p7s</c>; with <paramref name="SignedDocument"/>,
/// the PDF a digital signature signs (both files let anyone verify it again).
/// </summary>
[RequireRole(DelegationScopes.AdminRole, DelegationScopes.MandateOfficerRole)]
public sealed record GetSignatureFileQuery(Guid RequestId, bool Mandatary, bool SignedDocument = false) : IQuery<SignatureFileDto>;

public sealed record SignatureFileDto(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Approves a request in the queue: the mandatary's account is made if new (credentials split
/// between the two addresses), the mandate starts, both parties are told.
/// </summary>
[RequireRole(DelegationScopes.AdminRole, DelegationScopes.MandateOfficerRole)]
public sealed record ApproveMandateRequestCommand(Guid RequestId) : ICommand<MandateDto>;

/// <summary>Refuses a request in the queue with a reason both parties receive.</summary>
[RequireRole(DelegationScopes.AdminRole, DelegationScopes.MandateOfficerRole)]
public sealed record RefuseMandateRequestCommand(Guid RequestId, string? Reason) : ICommand<MandateRequestDto>;

/// <summary>The mandates in force, the latest first, for the back office (which may revoke any of them).</summary>
[RequireRole(DelegationScopes.AdminRole, DelegationScopes.MandateOfficerRole)]
public sealed record ListMandatesInForceQuery : IQuery<IReadOnlyList<MandateDto>>;
