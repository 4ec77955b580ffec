using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Modular.Soak;

/// <summary>The module databases of the data folder, read-only, while the Host runs on them.</summary>
internal sealed class Databases(string dataDirectory)
{
    public string Path(string module) => System.IO.Path.Combine(dataDirectory, module + ".db");

    public async Task<long> CountAsync(string module, string sql) =>
        Convert.ToInt64((await RowsAsync(module, sql)).Single()[0], CultureInfo.InvariantCulture);

    public async Task<List<object?[]>> RowsAsync(string module, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path(module)};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Every module database of the folder, by module name.</summary>
    public IEnumerable<string> Modules() =>
        Directory.EnumerateFiles(dataDirectory, "*.db").Select(f => System.IO.Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);
}

/// <summary>One email maildev received: to whom, its text, and the Host's id of the message it delivered.</summary>
internal sealed record Email(IReadOnlyList<string> To, string Text, string MessageId);

/// <summary>maildev's REST API (the SMTP server the Host sends to).</summary>
internal sealed partial class Mailbox(int webPort) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri($"http://127.0.0.1:{webPort}"), Timeout = TimeSpan.FromSeconds(30) };

    public async Task<IReadOnlyList<Email>> EmailsAsync()
    {
        using var json = JsonDocument.Parse(await _http.GetStringAsync(new Uri("/api/email", UriKind.Relative)));
        var emails = new List<Email>();
        foreach (var email in json.RootElement.EnumerateArray())
        {
            var to = email.TryGetProperty("to", out var recipients)
                ? recipients.EnumerateArray().Select(r => r.GetProperty("address").GetString()!.ToLowerInvariant()).ToList()
                : [];
            var text = (email.TryGetProperty("text", out var t) ? t.GetString() : null) ?? (email.TryGetProperty("html", out var h) ? h.GetString() : null) ?? "";
            var id = "";
            if (email.TryGetProperty("headers", out var headers))
            {
                foreach (var header in headers.EnumerateObject().Where(p => p.Name.Equals("x-modular-message-id", StringComparison.OrdinalIgnoreCase)))
                {
                    id = header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString()! : header.Value.ToString();
                }
            }

            emails.Add(new Email(to, text, id));
        }

        return emails;
    }

    /// <summary>The soak's recipients named in an email's text (the notice to the agent names the link's recipient).</summary>
    public static IEnumerable<string> SoakAddressesIn(string text) =>
        SoakAddress().Matches(text).Select(m => m.Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal);

    public void Dispose() => _http.Dispose();

    [GeneratedRegex(@"soak-[0-9]+-[0-9]+-[0-9]+@soak\.test", RegexOptions.IgnoreCase)]
    private static partial Regex SoakAddress();
}
