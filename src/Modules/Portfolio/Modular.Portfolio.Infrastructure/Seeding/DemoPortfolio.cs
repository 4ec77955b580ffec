using System.Globalization;
using System.Text;
using Modular.Portfolio.Contracts;

namespace Modular.Portfolio.Infrastructure.Seeding;

/// <summary>
/// Cabinet Démo's portfolio on a development machine: twelve fictitious establishments (valid keys;
/// one of La Poste, valid only by its own rule), the DSN files that declared them, and the people who
/// share the work.
/// </summary>
internal static class DemoPortfolio
{
    /// <summary>The firm's admin: they seed the portfolio, as its administrator.</summary>
    public const string Administrator = "admin@demo.test";

    /// <summary>Given the portfolio-administrator right.</summary>
    public const string DeputyAdministrator = "agent1@demo.test";

    /// <summary>Holds <see cref="ProfileName"/>.</summary>
    public const string Collaborator = "agent2@demo.test";

    public const string ProfileName = "Clients du bâtiment et du transport";

    /// <summary>Sent by the firm itself (never added to its portfolio).</summary>
    private const string FirmSiren = "123456782";
    private const string FirmNic = "00010";

    /// <summary>An establishment: its SIRET, name, address, partner group and due day; <see cref="Named"/> false stays « À compléter ».</summary>
    public sealed record Client(string Siret, string Name, string Street, string PostalCode, string City, string PartnerGroup, DueDay DueDay, bool Named = true);

    public static readonly Client[] Clients =
    [
        new("30164715200018", "Boulangerie Martin", "12 rue des Lilas", "69003", "Lyon", "KLESIA", DueDay.Fifteenth),
        new("30195599300011", "Garage des Alpes", "4 avenue de Savoie", "73000", "Chambéry", "AG2R", DueDay.Fifteenth),
        new("30267662200012", "Maçonnerie Rossi", "ZA du Moulin", "38090", "Villefontaine", "PROBTP", DueDay.Fifteenth),
        new("30319135700019", "Charpentes Duval", "2 chemin des Scieries", "01100", "Oyonnax", "PROBTP", DueDay.Fifth),
        new("30339725100016", "Pharmacie du Parc", "1 place Bellecour", "69002", "Lyon", "KLESIA", DueDay.Fifteenth),
        new("30391198600014", "Hôtel Beau Séjour", "18 quai du Rhône", "69007", "Lyon", "MALAKOFF", DueDay.Fifth),
        new("30411788000019", "Transports Fabre", "60 route de Grenoble", "38300", "Bourgoin-Jallieu", "AG2R", DueDay.Fifth),
        new("30463261500015", "Électricité Bernard", "7 rue Voltaire", "42000", "Saint-Étienne", "PROBTP", DueDay.Fifteenth),
        new("30638271400013", "Crèche Les Petits Pas", "3 rue de la Paix", "69006", "Lyon", "IRCEM", DueDay.Fifteenth),
        new("30730923700013", "Studio Lumière", "25 rue du Premier-Film", "69008", "Lyon", "AUDIENS", DueDay.Fifteenth),
        new("30977996500016", "", "9 impasse des Tilleuls", "69100", "Villeurbanne", "", DueDay.Fifteenth, Named: false),
    ];

    /// <summary>Added by hand: a La Poste office, whose SIRET passes by La Poste's rule (digit sum a multiple of 5), not by Luhn.</summary>
    public static readonly Client LaPoste = new("35600000000010", "La Poste, bureau de Lyon Terreaux", "3 rue du Président-Carnot", "69001", "Lyon", "MALAKOFF", DueDay.Fifth);

    /// <summary>The four establishments of <see cref="ProfileName"/>.</summary>
    public static readonly string[] ProfileSirets = ["30267662200012", "30319135700019", "30411788000019", "30463261500015"];

    /// <summary>The address a later DSN gives the pharmacy: the portfolio flags it.</summary>
    public const string MovedPharmacyStreet = "3 place Bellecour";

    /// <summary>
    /// One envoi of the firm declaring <paramref name="clients"/> for <paramref name="month"/> (first
    /// day), of <paramref name="type"/> (01 normal, 03 cancel-and-replace); Latin-1, as payroll software writes it.
    /// </summary>
    public static byte[] Envoi(DateOnly month, IEnumerable<Client> clients, string type = "01", Func<Client, string>? street = null)
    {
        var lines = new List<string>
        {
            "S10.G00.00.001,'Paie Démo'", "S10.G00.00.002,'Éditeur Démo'", "S10.G00.00.003,'1.0'", "S10.G00.00.005,'01'", "S10.G00.00.006,'P26V01'", "S10.G00.00.008,'01'",
            $"S10.G00.01.001,'{FirmSiren}'", $"S10.G00.01.002,'{FirmNic}'", "S10.G00.01.003,'Cabinet Démo'",
            "S10.G00.01.004,'12 rue des Comptables'", "S10.G00.01.005,'69002'", "S10.G00.01.006,'Lyon'",
            "S10.G00.02.002,'Service paie'", "S10.G00.02.004,'0478000000'", "S10.G00.02.005,'paie@cabinet-demo.test'",
        };
        var declarations = 0;
        foreach (var client in clients)
        {
            declarations++;
            var (siren, nic) = (client.Siret[..9], client.Siret[9..]);
            lines.AddRange(
            [
                "S20.G00.05.001,'01'", $"S20.G00.05.002,'{type}'", "S20.G00.05.003,'11'", $"S20.G00.05.004,'{declarations}'",
                $"S20.G00.05.005,'01{month:MMyyyy}'", "S20.G00.05.010,'01'",
                $"S21.G00.06.001,'{siren}'", $"S21.G00.06.002,'{nic}'",
                $"S21.G00.11.001,'{nic}'", $"S21.G00.11.003,'{street?.Invoke(client) ?? client.Street}'", $"S21.G00.11.004,'{client.PostalCode}'", $"S21.G00.11.005,'{client.City}'",
            ]);
            for (var person = 0; person < 3; person++)
            {
                lines.AddRange([$"S21.G00.30.001,'1{80 + person}0{person + 1}75{declarations:000}{person:000}'", $"S21.G00.30.002,'{(person % 2 == 0 ? "D'ALMEIDA" : "LEFÈVRE")}'", "S21.G00.30.004,'Hélène'"]);
            }
        }

        lines.Add($"S90.G00.90.001,'{(lines.Count + 2).ToString(CultureInfo.InvariantCulture)}'");
        lines.Add($"S90.G00.90.002,'{declarations.ToString(CultureInfo.InvariantCulture)}'");
        return Encoding.Latin1.GetBytes(string.Join("\r\n", lines) + "\r\n");
    }
}
