using Modular.ClientPortal.Domain.Companies;

namespace Modular.ClientPortal.Domain.Documents;

/// <summary>The benefit documents of the seed (twin of Contracts' PortalDocumentType).</summary>
internal enum DocumentKind
{
    PaymentLetter,
    BenefitStatement,
    CoverageLetter,
    PleaseWaitLetter,
    CostReimbursement,
}

/// <summary>Which documents each line carries, in the seed's order, and their names in both languages.</summary>
internal static class DocumentKinds
{
    private static readonly IReadOnlyDictionary<Line, DocumentKind[]> ByLine = new Dictionary<Line, DocumentKind[]>
    {
        [Line.Ijm] = [DocumentKind.PaymentLetter, DocumentKind.BenefitStatement],
        [Line.Laa] = [DocumentKind.CoverageLetter, DocumentKind.PleaseWaitLetter, DocumentKind.BenefitStatement, DocumentKind.CostReimbursement],
        [Line.Laac] = [DocumentKind.CoverageLetter, DocumentKind.BenefitStatement, DocumentKind.CostReimbursement],
    };

    public static IReadOnlyList<DocumentKind> Of(Line line) => ByLine[line];

    public static bool Allows(this Line line, DocumentKind kind) => ByLine[line].Contains(kind);

    /// <summary>The kind named by its code (<c>PaymentLetter</c>, <c>payment-letter</c>, any case), or null: a number (<c>1</c>, <c>+1</c>) or a list (<c>A, B</c>) names none.</summary>
    public static DocumentKind? Parse(string? text)
    {
        var compact = (text ?? "").Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Trim();
        return compact.All(char.IsAsciiLetter) && Enum.TryParse<DocumentKind>(compact, ignoreCase: true, out var kind)
            ? kind
            : null;
    }

    /// <summary>The kind's name in French or English, as letters and emails write it.</summary>
    public static string Name(this DocumentKind kind, bool english) => (kind, english) switch
    {
        (DocumentKind.PaymentLetter, false) => "Lettre de paiement",
        (DocumentKind.PaymentLetter, true) => "Payment letter",
        (DocumentKind.BenefitStatement, false) => "Décompte de prestations",
        (DocumentKind.BenefitStatement, true) => "Benefit statement",
        (DocumentKind.CoverageLetter, false) => "Lettre de prise en charge",
        (DocumentKind.CoverageLetter, true) => "Coverage letter",
        (DocumentKind.PleaseWaitLetter, false) => "Lettre demandant de patienter",
        (DocumentKind.PleaseWaitLetter, true) => "Letter asking you to wait",
        (DocumentKind.CostReimbursement, false) => "Remboursement des frais pris en charge",
        (DocumentKind.CostReimbursement, true) => "Reimbursement of covered costs",
        _ => kind.ToString(),
    };

    /// <summary>The names a reader may search a document by: both languages'.</summary>
    public static string SearchNames(this DocumentKind kind) => $"{kind.Name(english: false)} {kind.Name(english: true)}";
}
