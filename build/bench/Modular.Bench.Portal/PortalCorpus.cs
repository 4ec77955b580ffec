using System.Globalization;
using System.Text;

namespace Modular.Bench;

/// <summary>One generated benefit document: its line and type as the API takes them, its title and its text.</summary>
internal sealed record CorpusDocument(string Line, string Type, string Title, string Text, DateOnly Date);

/// <summary>
/// Benefit letters in French-ish prose, reproducible from a seed: sentences drawn from a vocabulary
/// of letter and insurance words with a Zipf distribution (a few words in nearly every letter,
/// most in few), around lines every letter has (the insured person, an amount, a file number, a
/// place and a date), whose names and numbers give the index the long tail of rare terms real
/// letters give it. A few words are planted at known rates so that the searches measured have a
/// known shape: <see cref="RareWord"/> in about one letter in 4,000, <see cref="CommonWord"/> in
/// most, <see cref="Prefix"/> the start of several words, <see cref="TwoWords"/> two words found
/// together in a few percent of letters.
/// </summary>
internal sealed class PortalCorpus(int seed)
{
    public const string RareWord = "ergothérapie";

    public const string CommonWord = "montant";

    public const string Prefix = "indem";

    public const string TwoWords = "frais physiothérapie";

    private static readonly string[] Vocabulary = Words(
    [
        // The most frequent first: the Zipf weight of a word is 1 / its rank.
        "de", "la", "le", "les", "des", "à", "du", "et", "en", "vous", "nous", "votre", "pour", "un", "une", "au", "par", "sur", "est", "dans",
        "que", "qui", "avec", "ce", "cette", "vos", "sont", "été", "pas", "ne", "se", "il", "elle", "son", "sa", "ses", "aux", "ou", "plus", "selon",
        "assurance", "prestations", "dossier", "frais", "jours", "accident", "traitement", "paiement", "décompte", "montant", "assuré", "assurée",
        "employeur", "salaire", "incapacité", "travail", "médecin", "certificat", "période", "indemnités", "journalières", "maladie", "contrat",
        "prise", "charge", "remboursement", "remboursés", "versement", "compte", "mois", "date", "suite", "demande", "reçu", "transmis", "rapport",
        "médical", "médicale", "clinique", "hôpital", "hospitalisation", "séjour", "division", "commune", "privée", "semi-privée", "complémentaire",
        "obligatoire", "LAA", "LAAC", "IJM", "franchise", "délai", "attente", "taux", "indemnisation", "indemnisés", "indemnité", "calcul", "base",
        "gain", "assuré", "annuel", "mensuel", "horaire", "heures", "semaines", "reprise", "partielle", "totale", "rechute", "séquelles", "guérison",
        "consultation", "ordonnance", "prescription", "pharmacie", "médicaments", "physiothérapie", "séances", "radiographie", "IRM", "opération",
        "chirurgie", "orthopédie", "orthopédique", "urgence", "ambulance", "transport", "facture", "factures", "justificatifs", "pièces", "jointes",
        "copie", "original", "signature", "formulaire", "déclaration", "sinistre", "chantier", "atelier", "bureau", "trajet", "loisirs", "sport",
        "chute", "glissade", "coupure", "entorse", "fracture", "contusion", "lombalgie", "genou", "cheville", "épaule", "poignet", "dos", "main",
        "collaborateur", "collaboratrice", "entreprise", "personnel", "salariés",
        "information", "informations", "renseignements", "questions", "disposition", "meilleures", "salutations", "madame", "monsieur", "service",
        "gestion", "prestation", "conseiller", "conseillère", "téléphone", "courriel", "adresse", "référence", "numéro", "police", "avenant",
        "prime", "primes", "cotisation", "échéance", "facturation", "rappel", "solde", "crédit", "débit", "virement", "bancaire", "postal", "IBAN",
        "examen", "expertise", "expert", "évaluation", "appréciation", "décision", "opposition", "recours", "révision", "confirmation", "accord",
        "refus", "réserve", "réserves", "complément", "complet", "incomplet", "manquant", "manquante", "attendons", "recevoir", "recevrons",
        "patienter", "prochainement", "rapidement", "délais", "traitons", "examinons", "informons", "confirmons", "remercions", "prions", "veuillez",
        "agréer", "expression", "considération", "distinguée", "cordiales", "salutations", "ci-joint", "annexe", "annexes", "veuillez", "trouver",
        "concernant", "relatif", "relative", "conformément", "article", "alinéa", "loi", "ordonnance", "conditions", "générales", "particulières",
        "couverture", "couvert", "couverte", "exclusion", "limite", "plafond", "participation", "quote-part", "tiers", "responsabilité", "recours",
        "reprise", "travail", "aptitude", "inaptitude", "adaptation", "poste", "réadaptation", "réinsertion", "AI", "office", "cantonal", "caisse",
        "compensation", "AVS", "APG", "chômage", "coordination", "surindemnisation", "subrogation", "cession", "créance", "décompte", "final",
        "intermédiaire", "provisoire", "définitif", "définitive", "correction", "rectification", "erreur", "différence", "versé", "versée", "versés",
        "dû", "due", "dus", "restant", "retenue", "déduction", "impôt", "source", "cotisations", "sociales", "net", "brut", "total", "sous-total",
        "séance", "ergonomie", "ostéopathie", "chiropratique", "acupuncture", "massage", "cure", "réhabilitation", "rééducation", "suivi",
    ]);

    private static readonly string[] Occupations =
    [
        "menuisier", "charpentier", "chauffeur", "livreur", "maçon", "électricien", "secrétaire", "comptable", "apprenti", "apprentie",
        "vendeuse", "cuisinier", "serveuse", "magasinier", "monteur", "peintre", "infirmière", "boulanger", "mécanicien", "jardinier",
    ];

    private static readonly string[] FirstNames =
    [
        "Julien", "Nicolas", "Marc", "Léa", "Camille", "Sophie", "Thomas", "Laura", "David", "Sarah", "Mathieu", "Émilie", "Pierre", "Chloé",
        "Yann", "Anne", "Luca", "Sara", "Noah", "Emma", "Olivier", "Céline", "Patrick", "Nathalie", "Fabien", "Aurélie", "Kevin", "Mélanie",
        "Sébastien", "Valérie", "Jonathan", "Sandra", "Florian", "Caroline", "Joël", "Isabelle", "Cédric", "Sylvie", "Raphaël", "Manon",
    ];

    private static readonly string[] LastNames =
    [
        "Rossier", "Python", "Berset", "Favre", "Dupasquier", "Bovet", "Clément", "Dousse", "Egger", "Fasel", "Gachoud", "Jungo", "Kolly",
        "Overney", "Perroud", "Rey", "Savary", "Sciboz", "Tinguely", "Vonlanthen", "Waeber", "Zbinden", "Bapst", "Brülhart", "Chassot",
        "Corminboeuf", "Descloux", "Gremaud", "Jaquet", "Mauron", "Monney", "Pasquier", "Roulin", "Schmutz", "Thalmann", "Vial", "Yerly",
        "Aebischer", "Baeriswyl", "Currat", "Dafflon", "Ducrest", "Guisolan", "Hayoz", "Marchon", "Mooser", "Nidegger", "Progin", "Repond",
        "Ruffieux", "Seydoux", "Telley", "Uldry", "Vauthey", "Wicht", "Andrey", "Bise", "Cotting", "Delley", "Esseiva", "Fragnière", "Galley",
    ];

    private static readonly string[] Towns =
    [
        "Fribourg", "Bulle", "Romont", "Estavayer-le-Lac", "Morat", "Châtel-Saint-Denis", "Marly", "Villars-sur-Glâne", "Düdingen", "Lausanne",
        "Genève", "Neuchâtel", "Yverdon-les-Bains", "Vevey", "Montreux", "Sion", "Martigny", "Monthey", "Payerne", "Moudon", "Oron",
        "Bussigny", "Renens", "Morges", "Nyon", "Delémont", "Porrentruy", "Bienne", "Berne", "La Chaux-de-Fonds", "Le Locle", "Sierre",
    ];

    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly (string Line, string Type, string Title)[] Kinds =
    [
        ("IJM", "PaymentLetter", "Lettre de paiement"),
        ("IJM", "BenefitStatement", "Décompte de prestations IJM"),
        ("LAA", "CoverageLetter", "Lettre de prise en charge"),
        ("LAA", "PleaseWaitLetter", "Lettre demandant de patienter"),
        ("LAA", "BenefitStatement", "Décompte de prestations LAA"),
        ("LAA", "CostReimbursement", "Remboursement des frais"),
        ("LAAC", "CoverageLetter", "Lettre de prise en charge LAAC"),
        ("LAAC", "BenefitStatement", "Décompte de prestations LAAC"),
        ("LAAC", "CostReimbursement", "Remboursement des frais LAAC"),
    ];

    /// <summary>The running sum of the Zipf weights, to draw a word by its rank.</summary>
    private static readonly double[] Cumulative = Zipf(Vocabulary.Length);

    private readonly Random _random = new(seed);

    /// <summary>A letter published on <paramref name="publishedOn"/> (its date a few days before).</summary>
    public CorpusDocument Next(DateOnly publishedOn)
    {
        var (line, type, kindTitle) = Kinds[_random.Next(Kinds.Length)];
        var first = FirstNames[_random.Next(FirstNames.Length)];
        var last = LastNames[_random.Next(LastNames.Length)];
        var date = publishedOn.AddDays(-_random.Next(1, 20));
        var file = $"{date.Year}-{_random.Next(1, 2000)}";
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Towns[_random.Next(Towns.Length)]}, le {date.Day} {Months[date.Month - 1]} {date.Year}\n");
        text.Append(CultureInfo.InvariantCulture, $"Dossier {file} — contrat {line}-{_random.Next(10, 99)}.{_random.Next(100, 999)}\n");
        text.Append(CultureInfo.InvariantCulture, $"Assuré : {first} {last}, {Occupations[_random.Next(Occupations.Length)]}.\n");
        var sentences = _random.Next(4, 8);
        for (var i = 0; i < sentences; i++)
        {
            Sentence(text);
        }

        if (_random.Next(10) < 7)
        {
            text.Append(CultureInfo.InvariantCulture, $"Montant versé : CHF {_random.Next(80, 9000)}.{_random.Next(0, 100):00} sur le compte de l'employeur.\n");
        }

        if (_random.Next(100) < 4)
        {
            text.Append("Frais de physiothérapie pris en charge selon le tarif en vigueur.\n");
        }

        if (_random.Next(4000) == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"Séances d'{RareWord} prescrites par le médecin traitant.\n");
        }

        text.Append("Nous vous prions d'agréer nos meilleures salutations.");
        return new CorpusDocument(line, type, $"{kindTitle} — {first} {last}, dossier {file}", text.ToString(), date);
    }

    private void Sentence(StringBuilder text)
    {
        var words = _random.Next(8, 17);
        for (var i = 0; i < words; i++)
        {
            var word = Vocabulary[Rank(_random.NextDouble())];
            text.Append(i == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(i == words - 1 ? ".\n" : " ");
        }
    }

    /// <summary>Each word once, at its first (highest) rank.</summary>
    private static string[] Words(string[] ranked) => [.. ranked.Distinct(StringComparer.Ordinal)];

    private static int Rank(double draw)
    {
        var index = Array.BinarySearch(Cumulative, draw);
        return Math.Min(index < 0 ? ~index : index, Cumulative.Length - 1);
    }

    private static double[] Zipf(int count)
    {
        var weights = Enumerable.Range(1, count).Select(rank => 1.0 / rank).ToArray();
        var total = weights.Sum();
        var cumulative = new double[count];
        var sum = 0.0;
        for (var i = 0; i < count; i++)
        {
            sum += weights[i] / total;
            cumulative[i] = sum;
        }

        return cumulative;
    }
}
