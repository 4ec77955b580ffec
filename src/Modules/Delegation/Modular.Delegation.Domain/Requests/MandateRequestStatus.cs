namespace Modular.Delegation.Domain.Requests;

/// <summary>Where a mandate request stands.</summary>
internal enum MandateRequestStatus
{
    /// <summary>The mandator signed their part; the mandatary has the link to fill the « section Utilisateur ».</summary>
    AwaitingMandatary,

    /// <summary>Both parts signed: in the back office's queue, in order of receipt.</summary>
    AwaitingReview,

    Approved,

    Refused,

    /// <summary>The mandatary did not complete their part within <see cref="MandateRequest.CompletionWindow"/>.</summary>
    Expired,

    /// <summary>Withdrawn by the mandator before it was decided.</summary>
    Cancelled,

    /// <summary>The mandator chose to sign digitally: their <c>.p7s</c> of the form's PDF is awaited before the mandatary's link goes out.</summary>
    AwaitingMandatorSignature,
}
