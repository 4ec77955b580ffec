using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Support;

/// <summary>What the Host sent, as stored by Notifications once every outbox is drained: the text bodies of one template to one address.</summary>
public static class SentMessages
{
    public static async Task<IReadOnlyList<string>> TextBodiesAsync(ModularHostFactory host, string template, string to)
    {
        ArgumentNullException.ThrowIfNull(host);
        await host.OutboxesDrainedAsync();
        await using var connection = await host.OpenModuleDatabaseAsync("Notifications");
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"TextBody\" FROM messages WHERE \"TemplateKey\" = @template AND \"RecipientAddress\" = @to";
        foreach (var (name, value) in new[] { ("template", template), ("to", to) })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        var bodies = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            bodies.Add(reader.GetString(0));
        }

        return bodies;
    }
}
