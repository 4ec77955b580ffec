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

    /// <summary>A fresh agent who has already replaced the temporary password by <see cref="BrowserSession.DemoPassword"/>.</summary>
    public static async Task CreateReadyAgentAsync(ModularHostFactory factory, string email)
    {
        var temporary = await CreateAgentAsync(factory, email);
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync(email, temporary);
        var changed = await browser.PostFormAsync("/Identity/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = temporary,
            ["Input.NewPassword"] = BrowserSession.DemoPassword,
            ["Input.ConfirmPassword"] = BrowserSession.DemoPassword,
        });
        Assert.True(BrowserSession.IsRedirect(changed), "the temporary password should have been replaced");
    }

    /// <summary>Registers a client-credentials API client of <paramref name="organisation"/> in the back office; returns its client id and its secret.</summary>
    public static async Task<(string ClientId, string Secret)> RegisterApiClientAsync(ModularHostFactory factory, string displayName, string organisation, string scopes)
    {
        using var admin = new BrowserSession(factory);
        await admin.SignInAsync("admin@demo.test");
        var (_, form) = await admin.GetAsync("/Admin/ApiClients/Create");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("DisplayName", displayName),
            new("OrganisationId", form.QuerySelectorAll("select[name=OrganisationId] option").First(o => o.TextContent == organisation).GetAttribute("value")!),
            new("__RequestVerificationToken", ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value),
        };
        fields.AddRange(scopes.Split(' ').Select(scope => new KeyValuePair<string, string>("Scopes", scope)));
        using var content = new FormUrlEncodedContent(fields);
        var created = await BrowserSession.ParseAsync(await admin.Client.PostAsync(new Uri("/Admin/ApiClients/Create", UriKind.Relative), content, BrowserSession.Ct));
        var secret = created.QuerySelector("[data-testid=client-secret]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(secret), created.Body?.TextContent);
        var clientId = created.QuerySelector(".alert-warning label")!.TextContent.Split(' ').First(w => w.StartsWith("client-", StringComparison.Ordinal)).TrimEnd(':');
        return (clientId, secret!);
    }

    /// <summary>The OpenID Connect server's own id of a client (not its client id).</summary>
    public static Task<string> ApplicationIdAsync(ModularHostFactory factory, string clientId) =>
        factory.ScalarAsync<string>("Identity", "SELECT \"Id\" FROM \"OpenIddictApplications\" WHERE \"ClientId\" = @clientId", ("clientId", clientId));

    /// <summary>Reads what is stored, as an operator would with sqlite3.</summary>
    public static async Task<T> QueryIdentityAsync<T>(ModularHostFactory factory, string sql, params (string Name, object Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _ = factory.Services; // a test may read before its first request: starting the Host creates the database
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
