using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Messaging;
using Modular.Sharing.Contracts;

namespace Modular.Sharing.Application.CaseFiles;

/// <summary>What a case file must hold to be saved: a client's name, complete policies, titled sections, sane sizes.</summary>
internal static class CaseFileContentValidator
{
    public const int MaxPolicies = 50;
    public const int MaxSections = 50;
    public const int MaxShortText = 200;
    public const int MaxLongText = 20_000;
    public const decimal MaxPremium = 100_000_000m;

    public static IEnumerable<ValidationFailure> Validate(CaseFileContentDto? content, DateOnly today)
    {
        if (content?.Client is null)
        {
            yield return new("Client.LastName", "Le nom du client est obligatoire.");
            yield break;
        }

        var client = content.Client;
        if (string.IsNullOrWhiteSpace(client.LastName))
        {
            yield return new("Client.LastName", "Le nom du client est obligatoire.");
        }

        foreach (var (name, value) in new[] { ("Client.LastName", client.LastName), ("Client.FirstName", client.FirstName), ("Client.Phone", client.Phone), ("Client.Email", client.Email) })
        {
            if (value is { Length: > MaxShortText })
            {
                yield return new(name, $"{MaxShortText} caractères au plus.");
            }
        }

        if (client.BirthDate is { } birth && (birth > today || birth < new DateOnly(1900, 1, 1)))
        {
            yield return new("Client.BirthDate", "La date de naissance n'est pas plausible.");
        }

        if (!string.IsNullOrWhiteSpace(client.Email) && EmailAddress.TryParse(client.Email) is null)
        {
            yield return new("Client.Email", "Cette adresse de courriel n'est pas valide.");
        }

        if (!string.IsNullOrWhiteSpace(client.Phone) && PhoneNumber.TryParse(client.Phone) is null)
        {
            yield return new("Client.Phone", "Ce numéro de téléphone n'est pas valide.");
        }

        if (client.Address is { Length: > 1000 })
        {
            yield return new("Client.Address", "1000 caractères au plus.");
        }

        var policies = content.Policies ?? [];
        if (policies.Count > MaxPolicies)
        {
            yield return new("Policies", $"Un dossier compte {MaxPolicies} contrats au plus.");
        }

        for (var i = 0; i < Math.Min(policies.Count, MaxPolicies); i++)
        {
            var policy = policies[i];
            var at = $"Policies[{i}]";
            if (string.IsNullOrWhiteSpace(policy?.Insurer))
            {
                yield return new($"{at}.Insurer", "L'assureur est obligatoire.");
            }

            if (string.IsNullOrWhiteSpace(policy?.Number))
            {
                yield return new($"{at}.Number", "Le numéro de contrat est obligatoire.");
            }

            if (string.IsNullOrWhiteSpace(policy?.Product))
            {
                yield return new($"{at}.Product", "Le produit est obligatoire.");
            }

            if (policy is { } p && (p.AnnualPremium < 0 || p.AnnualPremium > MaxPremium || decimal.Round(p.AnnualPremium, 2) != p.AnnualPremium))
            {
                yield return new($"{at}.AnnualPremium", "La prime annuelle est un montant positif en euros, au centime près.");
            }

            if (policy is { } q && (q.Insurer?.Length > MaxShortText || q.Number?.Length > MaxShortText || q.Product?.Length > MaxShortText))
            {
                yield return new(at, $"{MaxShortText} caractères au plus par champ.");
            }
        }

        if (content.Notes is { Length: > MaxLongText })
        {
            yield return new("Notes", $"{MaxLongText} caractères au plus.");
        }

        var sections = content.Sections ?? [];
        if (sections.Count > MaxSections)
        {
            yield return new("Sections", $"Un dossier compte {MaxSections} sections au plus.");
        }

        for (var i = 0; i < Math.Min(sections.Count, MaxSections); i++)
        {
            var section = sections[i];
            if (string.IsNullOrWhiteSpace(section?.Title))
            {
                yield return new($"Sections[{i}].Title", "Le titre de la section est obligatoire.");
            }
            else if (section.Title.Length > MaxShortText)
            {
                yield return new($"Sections[{i}].Title", $"{MaxShortText} caractères au plus.");
            }

            if (section?.Body is { Length: > MaxLongText })
            {
                yield return new($"Sections[{i}].Body", $"{MaxLongText} caractères au plus.");
            }
        }

        foreach (var duplicate in sections.Where(s => !string.IsNullOrWhiteSpace(s?.Title)).GroupBy(s => s.Title.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return new("Sections", $"Deux sections portent le titre « {duplicate.Key} ».");
        }
    }
}
