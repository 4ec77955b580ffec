namespace Modular.Delegation.Contracts;

/// <summary>Where a mandate request stands (twin of the Domain's status).</summary>
public enum MandateRequestState
{
    /// <summary>« En attente du mandataire »: the « section Utilisateur » is still to fill and sign.</summary>
    AwaitingMandatary,

    /// <summary>« En attente de traitement »: in the back office's queue.</summary>
    AwaitingReview,

    /// <summary>« Acceptée »: the mandate exists.</summary>
    Approved,

    /// <summary>« Refusée », with a reason.</summary>
    Refused,

    /// <summary>« Expirée »: not completed within 30 days.</summary>
    Expired,

    /// <summary>« Annulée » by the mandator.</summary>
    Cancelled,

    /// <summary>« En attente de votre signature numérique »: the mandator's <c>.p7s</c> of the form's PDF is awaited.</summary>
    AwaitingMandatorSignature,
}

/// <summary>How a party signed (twin of the Domain's signature kind).</summary>
public enum SignatureForm
{
    /// <summary>Drawn with a mouse, a stylus or a finger.</summary>
    Drawn,

    /// <summary>An image of a handwritten signature.</summary>
    Scanned,

    /// <summary>A detached CMS signature (<c>.p7s</c>) of the form's PDF.</summary>
    Digital,
}

/// <summary>Who ended a mandate before its end date.</summary>
public enum RevokedBy
{
    Mandator,
    Mandatary,
    BackOffice,
}
