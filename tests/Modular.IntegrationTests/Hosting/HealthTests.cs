using System.Net;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Hosting;

public sealed class HealthTests
{
    [Fact]
    public async Task Ready_checks_every_module_database_on_the_configured_data_directory()
    {
        await using var factory = new ModularHostFactory();
        using var client = factory.CreateClient();

        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "identity.db")), "identity.db should be in the test's data directory");
    }
}
