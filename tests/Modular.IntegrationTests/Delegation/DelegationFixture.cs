using System.Net;
using System.Text.RegularExpressions;
using Modular.IntegrationTests.Support;
using static Modular.IntegrationTests.Support.ApiCaller;

namespace Modular.IntegrationTests.Delegation;

/// <summary>
/// One Host for the mandate tests, with what each needs to make a mandate as people do: the
/// mandator's part through the API, the mandatary's « section Utilisateur » through the link
/// emailed to them, the back office's approval in its queue.
/// </summary>
public sealed partial class DelegationFixture : IDisposable
{
    public const string Scopes = "openid delegation vault.read vault.write sharing";

    /// <summary>A 1×1 PNG: what the page's canvas sends, in miniature.</summary>
    public const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private readonly HashSet<string> _linksUsed = [];

    public SharingApiHost Host { get; } = new();

    public static string Unique() => Guid.NewGuid().ToString("N")[..8];

    public Task<ApiCaller> CallerAsync(string email) => Host.CallerAsync(email, scope: Scopes);

    /// <summary>The mandator's part, as the API takes it; <paramref name="overrides"/> replaces fields by name.</summary>
    public static Dictionary<string, object?> Part(string service, string linkEmail, string mandatorEmail, string mandataryName = "Claire Martin") => new()
    {
        ["serviceCode"] = service,
        ["category"] = "Administrative",
        ["mandataryName"] = mandataryName,
        ["linkEmail"] = linkEmail,
        ["mandatorEmail"] = mandatorEmail,
        ["endsOn"] = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["signature"] = new { form = "Drawn", content = Png },
    };

    /// <summary>The path of the newest mandatary link emailed to <paramref name="linkEmail"/> (one not read before).</summary>
    public async Task<string> LinkAsync(string linkEmail)
    {
        var bodies = await SentMessages.TextBodiesAsync(Host, "delegation.mandatary-link", linkEmail);
        lock (_linksUsed)
        {
            var path = bodies.Select(b => new Uri(MandatePath().Match(b).Value).PathAndQuery).First(p => !_linksUsed.Contains(p));
            _linksUsed.Add(path);
            return path;
        }
    }

    /// <summary>The « section Utilisateur » signed with a drawn signature; the page's answer.</summary>
    public async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> SignPartAsync(string path, string email)
    {
        using var browser = new BrowserSession(Host);
        var (_, page) = await browser.GetAsync(path);
        var response = await browser.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.MandataryEmail"] = email,
            ["Signature.Form"] = "Drawn",
            ["Signature.Drawn"] = "data:image/png;base64," + Png,
        });
        return (response, await BrowserSession.ParseAsync(response));
    }

    /// <summary>The back office approves the request in its queue; the page it ends on.</summary>
    public async Task<AngleSharp.Html.Dom.IHtmlDocument> ApproveAsync(Guid requestId)
    {
        using var admin = new BrowserSession(Host);
        await admin.SignInWithCodeAsync("admin@demo.test");
        var (_, queue) = await admin.GetAsync("/Delegation/Queue");
        var (_, after) = await admin.FollowAsync(await PostRowAsync(admin, queue, "Approve", requestId));
        return after;
    }

    /// <summary>Posts the form of a row of the page: the one whose action names <paramref name="handler"/> and <paramref name="id"/>.</summary>
    public static Task<HttpResponseMessage> PostRowAsync(BrowserSession browser, AngleSharp.Html.Dom.IHtmlDocument page, string handler, Guid id, IDictionary<string, string>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(page);
        var form = page.Forms.Single(f => f.GetAttribute("action") is { } action
            && action.Contains("handler=" + handler, StringComparison.Ordinal) && action.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase));
        return browser.SubmitFormAsync(page, form, fields ?? new Dictionary<string, string>());
    }

    /// <summary>A mandate in force from agent1 to an agent of Cabinet Démo, for one service: its id.</summary>
    public async Task<Guid> MandateAsync(ApiCaller mandator, string service, string mandataryEmail)
    {
        var unique = Unique();
        var created = await ExpectAsync(await mandator.PostAsync("/api/v1/delegation/mandate-requests", Part(service, mandataryEmail, $"antoine.{unique}@cabinet-demo.test")), HttpStatusCode.Created);
        var (signed, _) = await SignPartAsync(await LinkAsync(mandataryEmail), mandataryEmail);
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        await ApproveAsync(created.GetProperty("id").GetGuid());
        var mine = await ExpectAsync(await mandator.GetAsync("/api/v1/delegation/mandates"), HttpStatusCode.OK);
        return mine.GetProperty("given").EnumerateArray()
            .First(m => m.GetProperty("serviceCode").GetString() == service && m.GetProperty("isActive").GetBoolean())
            .GetProperty("id").GetGuid();
    }

    public void Dispose()
    {
        Host.Dispose();
        GC.SuppressFinalize(this);
    }

    [GeneratedRegex(@"https?://\S+/mandat/[A-Za-z0-9_-]+")]
    private static partial Regex MandatePath();
}
