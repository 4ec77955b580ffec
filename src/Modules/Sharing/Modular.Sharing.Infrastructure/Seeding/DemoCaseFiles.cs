using Modular.Sharing.Contracts;

namespace Modular.Sharing.Infrastructure.Seeding;

/// <summary>The demo case files: a household, a small business and a retired couple, as a broker keeps them.</summary>
internal static class DemoCaseFiles
{
    public sealed record DemoCaseFile(CaseFileContentDto Content, bool WithPendingKey);

    public static IReadOnlyList<DemoCaseFile> All { get; } =
    [
        new(
            new CaseFileContentDto(
                new ClientIdentityDto("Martin", "Sophie", new DateOnly(1984, 3, 12), "sophie.martin@exemple.test", "06 39 98 01 12", "14 rue des Tilleuls\n69003 Lyon"),
                [
                    new PolicyDto("Mutuelle Rhodanienne", "AUTO-2024-118734", "Automobile tous risques (Peugeot 308, bonus 0,50)", 684.20m),
                    new PolicyDto("Mutuelle Rhodanienne", "MRH-2021-552190", "Multirisque habitation, appartement T4", 312.00m),
                ],
                "Cliente depuis 2019. Préfère être contactée par courriel après 18 h.",
                [
                    new SectionDto("Sinistres", "Bris de glace le 4 février 2025, pris en charge sans franchise. Aucun sinistre responsable sur trois ans."),
                    new SectionDto("À prévoir", "Échéance auto au 1er septembre : proposer l'option assistance 0 km."),
                ]),
            WithPendingKey: false),
        new(
            new CaseFileContentDto(
                new ClientIdentityDto("Lefèvre", "Paul", new DateOnly(1971, 11, 2), "contact@boulangerie-lefevre.test", "04 78 00 12 34", "Boulangerie Lefèvre SARL\n2 place du Marché\n38200 Vienne"),
                [
                    new PolicyDto("Assurances du Dauphiné", "MRP-2020-004417", "Multirisque professionnelle (local, matériel, perte d'exploitation)", 2150.00m),
                    new PolicyDto("Assurances du Dauphiné", "RCP-2020-004418", "Responsabilité civile professionnelle", 486.50m),
                    new PolicyDto("Prévoyance Artisans", "PREV-2022-77301", "Prévoyance du dirigeant (incapacité, invalidité)", 1236.00m),
                ],
                "SARL au capital de 20 000 €, deux salariés. Exercice comptable clos au 31 décembre.",
                [
                    new SectionDto("Comptabilité 2024", "Chiffre d'affaires 412 300 € HT ; résultat net 38 900 €. Liasse fiscale déposée le 15 mai 2025. TVA au régime réel normal, déclarations mensuelles."),
                    new SectionDto("Pièces à réunir", "Attestation URSSAF de vigilance, Kbis de moins de 3 mois, inventaire du matériel (four à sole remplacé en 2024)."),
                ]),
            WithPendingKey: true),
        new(
            new CaseFileContentDto(
                new ClientIdentityDto("Dubois", "Henri", new DateOnly(1952, 6, 23), "henri.dubois@exemple.test", null, "7 chemin des Vignes\n21200 Beaune"),
                [
                    new PolicyDto("Santé Bourgogne", "SANTE-2017-30992", "Complémentaire santé seniors, formule confort (couple)", 2304.00m),
                    new PolicyDto("Prévoir Vie", "AV-2012-118200", "Assurance-vie multisupport, bénéficiaires : les enfants à parts égales", 1200.00m),
                ],
                "Retraité, marié à Monique Dubois. Déclaration de revenus faite avec l'aide du cabinet chaque printemps.",
                [
                    new SectionDto("Fiscalité", "Revenus 2024 : pensions 31 480 €, revenus fonciers 6 200 € (micro-foncier). Versements sur l'assurance-vie avant 70 ans."),
                ]),
            WithPendingKey: false),
    ];
}
