using Modular.SharedKernel.Delegation;
using Modular.SharedKernel.Security;

namespace Modular.UnitTests.SharedKernel;

/// <summary>Services and API scopes are named in English for English readers, in French for everyone else.</summary>
public sealed class ServiceNamesTests
{
    private static readonly DelegableService Vault = new("vault", "Coffre-fort", "Vault", [StaffCategory.Administrative, StaffCategory.Professional], ["vault.read"]);
    private static readonly ApiScopeDefinition ReadScope = new("vault.read", "Lire vos documents", "Read your documents");

    [Theory]
    [InlineData("en", "Vault", "Read your documents")]
    [InlineData("fr", "Coffre-fort", "Lire vos documents")]
    [InlineData("de", "Coffre-fort", "Lire vos documents")]
    public void A_service_and_a_scope_are_named_in_the_readers_language(string culture, string service, string scope)
    {
        Assert.Equal(service, Vault.Name(culture));
        Assert.Equal(scope, ReadScope.Describe(culture));
    }

    [Theory]
    [InlineData(StaffCategory.Administrative, true)]
    [InlineData(StaffCategory.InHouseBilling, false)]
    public void A_service_allows_only_its_staff_categories(StaffCategory category, bool allowed) =>
        Assert.Equal(allowed, Vault.Allows(category));
}
