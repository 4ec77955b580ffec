namespace Modular.SharedKernel.Security;

/// <summary>
/// An API scope a module declares: its name (checked by policy on the module's endpoints) and
/// how a consent screen describes it, in French and English.
/// </summary>
public sealed record ApiScopeDefinition(string Name, string DescriptionFr, string DescriptionEn)
{
    public string Describe(string twoLetterCulture) => twoLetterCulture == "en" ? DescriptionEn : DescriptionFr;
}
