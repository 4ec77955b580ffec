namespace Modular.ClientPortal.Contracts;

/// <summary>The lines of insurance a company's contracts and documents belong to.</summary>
public enum InsuranceLine
{
    /// <summary>Indemnités journalières maladie (daily sickness allowance).</summary>
    Ijm,

    /// <summary>Assurance-accidents obligatoire (LAA).</summary>
    Laa,

    /// <summary>Assurance-accidents complémentaire (LAAC).</summary>
    Laac,
}

/// <summary>The benefit documents the portal carries (the seed's list); each line allows some of them.</summary>
public enum PortalDocumentType
{
    /// <summary>Lettre de paiement (IJM).</summary>
    PaymentLetter,

    /// <summary>Décompte de prestations (every line).</summary>
    BenefitStatement,

    /// <summary>Lettre de prise en charge (LAA, LAAC).</summary>
    CoverageLetter,

    /// <summary>Lettre demandant de patienter (LAA).</summary>
    PleaseWaitLetter,

    /// <summary>Remboursement des frais pris en charge (LAA, LAAC).</summary>
    CostReimbursement,
}

/// <summary>What a client user may do for their company.</summary>
public enum ClientUserRole
{
    /// <summary>Reads documents, invites and deactivates colleagues, authorises API clients.</summary>
    ClientAdmin,

    /// <summary>Reads documents.</summary>
    User,
}

/// <summary>How far a published PDF's text could be read for search.</summary>
public enum PortalTextStatus
{
    /// <summary>The text was extracted: the document is found by its content.</summary>
    Extracted,

    /// <summary>No text layer (a scan, an image): found by title and type only.</summary>
    NoText,
}

/// <summary>Which document types each line carries, in the seed's order (what publishing accepts, what the pages offer).</summary>
public static class PortalDocumentTypes
{
    public static readonly IReadOnlyDictionary<InsuranceLine, IReadOnlyList<PortalDocumentType>> ByLine = new Dictionary<InsuranceLine, IReadOnlyList<PortalDocumentType>>
    {
        [InsuranceLine.Ijm] = [PortalDocumentType.PaymentLetter, PortalDocumentType.BenefitStatement],
        [InsuranceLine.Laa] = [PortalDocumentType.CoverageLetter, PortalDocumentType.PleaseWaitLetter, PortalDocumentType.BenefitStatement, PortalDocumentType.CostReimbursement],
        [InsuranceLine.Laac] = [PortalDocumentType.CoverageLetter, PortalDocumentType.BenefitStatement, PortalDocumentType.CostReimbursement],
    };
}
