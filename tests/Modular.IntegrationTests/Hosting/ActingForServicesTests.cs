using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Hosting;
using Modular.SharedKernel.Delegation;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Hosting;

/// <summary>
/// A service a module declares delegable can be mandated, so a mandatary must be able to act in it:
/// the Host knows the pages of each (where acting starts, which paths act for the mandator), and of
/// no service that is not declared.
/// </summary>
public sealed class ActingForServicesTests(ModularHostFactory factory) : IClassFixture<ModularHostFactory>
{
    [Fact]
    public void Every_delegable_service_has_its_pages_for_acting_and_no_other_has()
    {
        var declared = factory.Services.GetServices<DelegableService>().Select(s => s.Code).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(declared);
        Assert.Equal(declared, ActingFor.Services.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.All(ActingFor.Services.Values, pages => Assert.Contains(pages.Prefixes, prefix => pages.Home.StartsWith(prefix, StringComparison.Ordinal)));
    }
}
