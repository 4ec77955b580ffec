using Modular.Vault.Contracts;

namespace Modular.Vault.Infrastructure.Seeding;

/// <summary>What the demo vault of Cabinet Démo holds: folders of PDF documents and the directory's people.</summary>
internal static class DemoVault
{
    public sealed record DemoDocument(string FileName, string Title, IReadOnlyList<string> Lines);

    public sealed record DemoFolder(string Name, bool IsPublic, IReadOnlyList<DemoDocument> Documents);

    public const string ClaimFolder = "Sinistre auto - Sophie Martin";
    public const string AccountingFolder = "Boulangerie Lefèvre - comptabilité 2024";
    public const string OfficeFolder = "Documents du cabinet";

    public static IReadOnlyList<DemoFolder> Folders { get; } =
    [
        new(ClaimFolder, IsPublic: false,
        [
            new("constat-amiable.pdf", "Constat amiable d'accident automobile",
                ["Date : 4 février 2025, 8 h 40, rond-point de la Part-Dieu, Lyon.", "Véhicule A : Peugeot 308, contrat AUTO-2024-118734.", "Véhicule B : Renault Clio, assureur adverse Assurances du Dauphiné.", "Circonstances : le véhicule B n'a pas respecté la priorité."]),
            new("devis-carrosserie.pdf", "Devis de réparation - Carrosserie des Brotteaux",
                ["Remplacement du pare-chocs avant : 612,00 EUR HT", "Peinture et main-d'oeuvre : 388,00 EUR HT", "Total TTC : 1 200,00 EUR", "Devis valable 30 jours."]),
            new("rapport-expertise.pdf", "Rapport d'expertise",
                ["Expert mandaté : cabinet Expertis Rhône.", "Dommages conformes aux déclarations.", "Montant retenu : 1 200,00 EUR TTC, franchise 150,00 EUR."]),
        ]),
        new(AccountingFolder, IsPublic: false,
        [
            new("bilan-2024.pdf", "Bilan simplifié au 31 décembre 2024",
                ["Chiffre d'affaires : 412 300 EUR HT", "Résultat net : 38 900 EUR", "Capitaux propres : 96 400 EUR", "Établi par le cabinet, à signer par le gérant."]),
            new("liasse-fiscale-2024.pdf", "Liasse fiscale 2024 - accusé de dépôt",
                ["Formulaires 2033-A à 2033-G déposés le 15 mai 2025.", "Régime réel simplifié d'imposition.", "SIRET 000 000 000 00000 (fictif)."]),
            new("attestation-urssaf.pdf", "Attestation de vigilance URSSAF",
                ["L'entreprise Boulangerie Lefèvre SARL est à jour de ses obligations", "de déclaration et de paiement au 30 juin 2025."]),
        ]),
        new(OfficeFolder, IsPublic: true,
        [
            new("conditions-generales-cabinet.pdf", "Conditions générales du Cabinet Démo",
                ["Le cabinet conserve vos documents dans un coffre numérique.", "Les liens de téléchargement sont à usage unique et protégés par un code.", "Réclamations : reclamation@demo.test."]),
            new("mandat-de-gestion.pdf", "Mandat de gestion - modèle",
                ["Je soussigné(e) donne mandat au Cabinet Démo pour gérer mes contrats", "d'assurance et les démarches qui s'y rapportent.", "Fait à ................, le ................  Signature :"]),
        ]),
    ];

    /// <summary>One person per channel combination the directory knows: email and mobile, email, address and mobile, address, nothing.</summary>
    public static IReadOnlyList<PersonInput> People { get; } =
    [
        new("Martin", "Sophie", Email: "sophie.martin@exemple.test", Mobile: "06 39 98 01 12"),
        new("Lefèvre", "Paul", Company: "Boulangerie Lefèvre SARL", Email: "contact@boulangerie-lefevre.test"),
        new("Dubois", "Henri", Mobile: "06 39 98 02 23", AddressLine1: "7 chemin des Vignes", PostalCode: "21200", City: "Beaune", Country: "France"),
        new("Renaud", "Lucien", Company: "Garage Renaud", AddressLine1: "12 avenue Jean Jaurès", PostalCode: "71100", City: "Chalon-sur-Saône", Country: "France"),
        new("Petit", "Claire"),
    ];

    /// <summary>The person invited (email and mobile: link by email, code by SMS), into the claim folder.</summary>
    public const string InvitedLastName = "Martin";

    /// <summary>The person asked for documents (by email), for the accounting folder.</summary>
    public const string CollectedLastName = "Lefèvre";

    public static IReadOnlyList<string?> CollectedItems { get; } =
    [
        "Relevés bancaires de décembre 2024",
        "Factures fournisseurs du 4e trimestre 2024",
        "Inventaire du stock au 31 décembre 2024",
    ];

    /// <summary>
    /// The claim folder's links, one per status the agent sees, each told apart by its recipient:
    /// made <see cref="DemoLink.DaysAgo"/> days ago, then used, fetched or locked then.
    /// </summary>
    public static IReadOnlyList<DemoLink> DemoLinks { get; } =
    [
        new("garage.brotteaux@exemple.test", DaysAgo: 0, DemoLinkOutcome.None),
        new("expert.rhone@exemple.test", DaysAgo: 3, DemoLinkOutcome.Redeemed),
        new("assureur.adverse@exemple.test", DaysAgo: 5, DemoLinkOutcome.Downloaded),
        new("inconnu@exemple.test", DaysAgo: 2, DemoLinkOutcome.Locked),
        new("ancien.garage@exemple.test", DaysAgo: 20, DemoLinkOutcome.None),
    ];

    public enum DemoLinkOutcome
    {
        None,
        Redeemed,
        Downloaded,
        Locked,
    }

    public sealed record DemoLink(string RecipientEmail, int DaysAgo, DemoLinkOutcome Outcome);
}
