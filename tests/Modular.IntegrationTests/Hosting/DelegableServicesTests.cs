using Microsoft.Extensions.DependencyInjection;
using Modular.SharedKernel.Delegation;
using Modular.SharedKernel.Security;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Hosting;

/// <summary>
/// The online services a professional may mandate staff to use are declared by their modules, not
/// listed anywhere else: the Host holds each once, named in both languages, for at least one staff
/// category, with API scopes the Host registers.
/// </summary>
public sealed class DelegableServicesTests(ModularHostFactory factory) : IClassFixture<ModularHostFactory>
{
    [Fact]
    public void Each_module_declares_its_delegable_services_once_named_in_both_languages_with_scopes_the_Host_knows()
    {
        var declared = factory.Services.GetServices<DelegableService>().ToList();
        var scopes = factory.Services.GetServices<ApiScopeDefinition>().Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(["portal.publishing", "portfolio", "sharing.case-files", "vault"], declared.Select(s => s.Code).Order(StringComparer.Ordinal));
        Assert.Equal(["Coffre", "Mes dossiers", "Mon portefeuille", "Publication sur le portail clientèle"], declared.Select(s => s.Name("fr")).Order(StringComparer.Ordinal));
        Assert.All(declared, service =>
        {
            Assert.False(string.IsNullOrWhiteSpace(service.EnglishName));
            Assert.NotEmpty(service.Categories);
            Assert.NotEmpty(service.Scopes);
            Assert.Subset(scopes, service.Scopes.ToHashSet(StringComparer.Ordinal));
        });
        Assert.Equal(["portfolio"], declared.Where(s => s.Allows(StaffCategory.InHouseBilling)).Select(s => s.Code));
    }
}
