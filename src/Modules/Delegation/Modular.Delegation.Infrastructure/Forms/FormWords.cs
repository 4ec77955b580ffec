namespace Modular.Delegation.Infrastructure.Forms;

/// <summary>The words of a mandate form, in French (the seed's) or English.</summary>
internal sealed record FormWords(
    string Title,
    string Reference,
    string MadeOn,
    string MandatorPart,
    string Organisation,
    string Name,
    string Email,
    string Service,
    string Category,
    string Mandatary,
    string EndsOn,
    string Signature,
    string Certificate,
    string ValidUntil,
    string DigitalPending,
    string UserSection,
    string AwaitedBefore,
    string Decision,
    string State,
    string DecidedOn,
    string Reason,
    string OnePerForm,
    IReadOnlyDictionary<string, string> Categories,
    IReadOnlyDictionary<string, string> States,
    IReadOnlyDictionary<string, string> Kinds)
{
    private static readonly FormWords French = new(
        "Formulaire de demande d'accès à un service en ligne",
        "Demande",
        "du",
        "Partie du professionnel (mandant)",
        "Organisation",
        "Nom",
        "Adresse de courriel",
        "Service en ligne",
        "Catégorie du mandataire",
        "Personne mandatée",
        "Fin du mandat",
        "Signature",
        "Certificat",
        "valide jusqu'au",
        "Signature numérique : elle est dans le fichier .p7s qui accompagne ce PDF.",
        "Section Utilisateur (mandataire)",
        "À remplir et signer par la personne mandatée avant le {0}.",
        "Traitement de la demande",
        "État",
        "Décidée le",
        "Raison du refus",
        "Vous devez remplir un formulaire par mandataire et par service en ligne. Dans nos services en ligne, chaque utilisateur est responsable de ses activités, qui sont associées à son nom d'utilisateur.",
        new Dictionary<string, string> { ["Administrative"] = "Personnel administratif", ["Professional"] = "Personnel professionnel", ["InHouseBilling"] = "Agence de facturation interne" },
        new Dictionary<string, string>
        {
            ["AwaitingMandatary"] = "En attente du mandataire", ["AwaitingReview"] = "En attente de traitement", ["Approved"] = "Acceptée", ["Refused"] = "Refusée",
            ["Expired"] = "Expirée", ["Cancelled"] = "Annulée", ["AwaitingMandatorSignature"] = "En attente de la signature numérique du professionnel",
        },
        new Dictionary<string, string> { ["Drawn"] = "Signature tracée", ["Scanned"] = "Signature manuscrite numérisée", ["Digital"] = "Signature numérique" });

    private static readonly FormWords English = new(
        "Online service access request form",
        "Request",
        "of",
        "The professional's part (mandator)",
        "Organisation",
        "Name",
        "Email address",
        "Online service",
        "Mandatary's category",
        "Person mandated",
        "End of the mandate",
        "Signature",
        "Certificate",
        "valid until",
        "Digital signature: it is in the .p7s file that accompanies this PDF.",
        "User section (mandatary)",
        "To be filled in and signed by the person mandated before {0}.",
        "Processing of the request",
        "State",
        "Decided on",
        "Reason for the refusal",
        "You must fill in one form per mandatary and per online service. In our online services every user is responsible for their activities, which are tied to their username.",
        new Dictionary<string, string> { ["Administrative"] = "Administrative staff", ["Professional"] = "Professional staff", ["InHouseBilling"] = "In-house billing agency" },
        new Dictionary<string, string>
        {
            ["AwaitingMandatary"] = "Awaiting the mandatary", ["AwaitingReview"] = "Awaiting processing", ["Approved"] = "Approved", ["Refused"] = "Refused",
            ["Expired"] = "Expired", ["Cancelled"] = "Cancelled", ["AwaitingMandatorSignature"] = "Awaiting the professional's digital signature",
        },
        new Dictionary<string, string> { ["Drawn"] = "Drawn signature", ["Scanned"] = "Scanned handwritten signature", ["Digital"] = "Digital signature" });

    public static FormWords For(string language) => language == "en" ? English : French;

    public string CategoryName(string category) => Categories.GetValueOrDefault(category, category);

    public string StateName(string state) => States.GetValueOrDefault(state, state);

    public string KindName(string kind) => Kinds.GetValueOrDefault(kind, kind);
}
