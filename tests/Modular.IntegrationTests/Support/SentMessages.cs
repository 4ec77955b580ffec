using Microsoft.Data.Sqlite;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Support;

/// <summary>What the Host sent, as stored by Notifications once every outbox is drained: the text bodies of one template to one address.</summary>
public static class SentMessages
{
    public static async Task<IReadOnlyList<string>> TextBodiesAsync(ModularHostFactory host, string template, string to)
    {
        ArgumentNullException.ThrowIfNull(host);
        await host.OutboxesDrainedAsync();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(host.DataDirectory, "notifications.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT TextBody FROM messages WHERE TemplateKey = $template AND RecipientAddress = $to";
        command.Parameters.AddWithValue("$template", template);
        command.Parameters.AddWithValue("$to", to);
        var bodies = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            bodies.Add(reader.GetString(0));
        }

        return bodies;
    }
}
