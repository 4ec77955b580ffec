namespace Modular.SharedKernel.Delegation;

/// <summary>
/// Who, on a professional's staff, may be mandated to use an online service: a member of the
/// practice's administrative staff, a member of its professional staff, or a member of a billing
/// agency the practice created within itself (billing tasks). A commercial billing agency's staff
/// may never be mandated, so it is no category.
/// </summary>
public enum StaffCategory
{
    Administrative,
    Professional,
    InHouseBilling,
}

/// <summary>
/// An online service a module offers that a professional may mandate a member of their staff to use
/// in their name: its stable <paramref name="Code"/>, its names as the pages show them, the staff
/// categories allowed to use it, and the API scopes a mandatary acting in it may hold. Each module
/// declares its own in its Contracts and registers them; Delegation reads the list and knows no
/// module by name.
/// </summary>
public sealed record DelegableService(string Code, string FrenchName, string EnglishName, IReadOnlyList<StaffCategory> Categories, IReadOnlyList<string> Scopes)
{
    public string Name(string twoLetterCulture) => twoLetterCulture == "en" ? EnglishName : FrenchName;

    public bool Allows(StaffCategory category) => Categories.Contains(category);
}
