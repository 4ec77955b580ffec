using Modular.SharedKernel.Results;

namespace Modular.Sharing.Application.CaseFiles;

/// <summary>
/// Why a case file's content is refused, field by field: coded, with the values their texts are
/// made of, so that each reader gets them in their language (French here is the default).
/// </summary>
internal static class CaseFileErrors
{
    public static readonly Error ClientNameRequired = Error.Invalid("case-client-name-required", "Le nom du client est obligatoire.");

    public static readonly Error BirthDateImplausible = Error.Invalid("case-birth-date-implausible", "La date de naissance n'est pas plausible.");

    public static readonly Error EmailInvalid = Error.Invalid("case-email-invalid", "Cette adresse de courriel n'est pas valide.");

    public static readonly Error PhoneInvalid = Error.Invalid("case-phone-invalid", "Ce numéro de téléphone n'est pas valide.");

    public static readonly Error InsurerRequired = Error.Invalid("case-insurer-required", "L'assureur est obligatoire.");

    public static readonly Error PolicyNumberRequired = Error.Invalid("case-policy-number-required", "Le numéro de contrat est obligatoire.");

    public static readonly Error ProductRequired = Error.Invalid("case-product-required", "Le produit est obligatoire.");

    public static readonly Error PremiumInvalid = Error.Invalid("case-premium-invalid", "La prime annuelle est un montant positif en euros, au centime près.");

    public static readonly Error SectionTitleRequired = Error.Invalid("case-section-title-required", "Le titre de la section est obligatoire.");

    public static Error TextTooLong(int max) => Error.Invalid("case-text-too-long", $"{max} caractères au plus.").WithArguments(max);

    public static Error PolicyTextTooLong(int max) => Error.Invalid("case-text-too-long", $"{max} caractères au plus par champ.").WithReason("per-field").WithArguments(max);

    public static Error TooManyPolicies(int max) => Error.Invalid("case-too-many-policies", $"Un dossier compte {max} contrats au plus.").WithArguments(max);

    public static Error TooManySections(int max) => Error.Invalid("case-too-many-sections", $"Un dossier compte {max} sections au plus.").WithArguments(max);

    public static Error SectionTitleTwice(string title) => Error.Invalid("case-section-title-twice", $"Deux sections portent le titre « {title} ».").WithArguments(title);
}
