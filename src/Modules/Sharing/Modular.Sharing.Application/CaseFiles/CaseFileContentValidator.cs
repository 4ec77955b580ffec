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
            yield return ValidationFailure.Of("Client.LastName", CaseFileErrors.ClientNameRequired);
            yield break;
        }

        var client = content.Client;
        if (string.IsNullOrWhiteSpace(client.LastName))
        {
            yield return ValidationFailure.Of("Client.LastName", CaseFileErrors.ClientNameRequired);
        }

        foreach (var (name, value) in new[] { ("Client.LastName", client.LastName), ("Client.FirstName", client.FirstName), ("Client.Phone", client.Phone), ("Client.Email", client.Email) })
        {
            if (value is { Length: > MaxShortText })
            {
                yield return ValidationFailure.Of(name, CaseFileErrors.TextTooLong(MaxShortText));
            }
        }

        if (client.BirthDate is { } birth && (birth > today || birth < new DateOnly(1900, 1, 1)))
        {
            yield return ValidationFailure.Of("Client.BirthDate", CaseFileErrors.BirthDateImplausible);
        }

        if (!string.IsNullOrWhiteSpace(client.Email) && EmailAddress.TryParse(client.Email) is null)
        {
            yield return ValidationFailure.Of("Client.Email", CaseFileErrors.EmailInvalid);
        }

        if (!string.IsNullOrWhiteSpace(client.Phone) && PhoneNumber.TryParse(client.Phone) is null)
        {
            yield return ValidationFailure.Of("Client.Phone", CaseFileErrors.PhoneInvalid);
        }

        if (client.Address is { Length: > 1000 })
        {
            yield return ValidationFailure.Of("Client.Address", CaseFileErrors.TextTooLong(1000));
        }

        var policies = content.Policies ?? [];
        if (policies.Count > MaxPolicies)
        {
            yield return ValidationFailure.Of("Policies", CaseFileErrors.TooManyPolicies(MaxPolicies));
        }

        for (var i = 0; i < Math.Min(policies.Count, MaxPolicies); i++)
        {
            var policy = policies[i];
            var at = $"Policies[{i}]";
            if (string.IsNullOrWhiteSpace(policy?.Insurer))
            {
                yield return ValidationFailure.Of($"{at}.Insurer", CaseFileErrors.InsurerRequired);
            }

            if (string.IsNullOrWhiteSpace(policy?.Number))
            {
                yield return ValidationFailure.Of($"{at}.Number", CaseFileErrors.PolicyNumberRequired);
            }

            if (string.IsNullOrWhiteSpace(policy?.Product))
            {
                yield return ValidationFailure.Of($"{at}.Product", CaseFileErrors.ProductRequired);
            }

            if (policy is { } p && (p.AnnualPremium < 0 || p.AnnualPremium > MaxPremium || decimal.Round(p.AnnualPremium, 2) != p.AnnualPremium))
            {
                yield return ValidationFailure.Of($"{at}.AnnualPremium", CaseFileErrors.PremiumInvalid);
            }

            if (policy is { } q && (q.Insurer?.Length > MaxShortText || q.Number?.Length > MaxShortText || q.Product?.Length > MaxShortText))
            {
                yield return ValidationFailure.Of(at, CaseFileErrors.PolicyTextTooLong(MaxShortText));
            }
        }

        if (content.Notes is { Length: > MaxLongText })
        {
            yield return ValidationFailure.Of("Notes", CaseFileErrors.TextTooLong(MaxLongText));
        }

        var sections = content.Sections ?? [];
        if (sections.Count > MaxSections)
        {
            yield return ValidationFailure.Of("Sections", CaseFileErrors.TooManySections(MaxSections));
        }

        for (var i = 0; i < Math.Min(sections.Count, MaxSections); i++)
        {
            var section = sections[i];
            if (string.IsNullOrWhiteSpace(section?.Title))
            {
                yield return ValidationFailure.Of($"Sections[{i}].Title", CaseFileErrors.SectionTitleRequired);
            }
            else if (section.Title.Length > MaxShortText)
            {
                yield return ValidationFailure.Of($"Sections[{i}].Title", CaseFileErrors.TextTooLong(MaxShortText));
            }

            if (section?.Body is { Length: > MaxLongText })
            {
                yield return ValidationFailure.Of($"Sections[{i}].Body", CaseFileErrors.TextTooLong(MaxLongText));
            }
        }

        foreach (var duplicate in sections.Where(s => !string.IsNullOrWhiteSpace(s?.Title)).GroupBy(s => s.Title.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return ValidationFailure.Of("Sections", CaseFileErrors.SectionTitleTwice(duplicate.Key));
        }
    }
}
