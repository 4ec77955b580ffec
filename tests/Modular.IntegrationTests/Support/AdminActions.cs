using Microsoft.Data.Sqlite;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Support;

/// <summary>What an administrator does through the back office, for tests that need a fresh account.</summary>
public static class AdminActions
{
    public static async Task<string> CreateAgentAsync(ModularHostFactory factory, string email, string role = "Agent")
    {
        using var admin = new BrowserSession(factory);
        await admin.SignInAsync("admin@demo.test");
        var (_, form) = await admin.GetAsync("/Admin/Users/Create");
        var organisation = form.QuerySelectorAll("select[name='Input.OrganisationId'] option").First(o => o.TextContent == "Cabinet Démo").GetAttribute("value")!;
        var created = await BrowserSession.ParseAsync(await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = email.Split('@')[0],
            ["Input.Email"] = email,
            ["Input.Role"] = role,
            ["Input.OrganisationId"] = organisation,
        }));
        var password = created.QuerySelector("[data-testid=temporary-password]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(password), created.Body?.TextContent);
        return password!;
    }

    /// <summary>Reads what is stored, as an operator would with sqlite3.</summary>
    public static async Task<T> QueryIdentityAsync<T>(ModularHostFactory factory, string sql, params (string Name, object Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "identity.db")};Mode=ReadOnly");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)Convert.ChangeType((await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
