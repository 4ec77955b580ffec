using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Support;

/// <summary>
/// A person's browser against the Host: cookies kept, redirects followed by hand so tests can
/// assert them, forms posted with their antiforgery token as a browser would.
/// </summary>
public sealed class BrowserSession : IDisposable
{
    public const string DemoPassword = "Demo-Passw0rd!";
    private static readonly HtmlParser Parser = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IHtmlDocument, Uri> Addresses = [];

    private readonly string _host;

    /// <param name="host">The site's name; HSTS is not sent to "localhost", so production tests name another.</param>
    public BrowserSession(ModularHostFactory factory, string host = "localhost")
    {
        ArgumentNullException.ThrowIfNull(factory);
        _host = host;
        Client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://" + host),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });
    }

    /// <summary>
    /// A browser against a Host running as its own process at <paramref name="baseAddress"/>; two
    /// sessions given one <paramref name="cookies"/> jar are one browser behind one public address,
    /// as a load balancer sends each request to either Host.
    /// </summary>
    public BrowserSession(Uri baseAddress, CookieJar? cookies = null)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        _host = baseAddress.Host;
        Client = new HttpClient(new CookieJar.Handler(cookies ?? new CookieJar()) { InnerHandler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false } })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public HttpClient Client { get; }

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetAsync(string url)
    {
        var response = await Client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute), Ct);
        return (response, await ParseAsync(response));
    }

    /// <summary>Follows redirects within the Host, as a browser would; returns the last response.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> FollowAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        for (var hops = 0; hops < 10 && IsRedirect(response); hops++)
        {
            var location = response.Headers.Location!;
            if (location.IsAbsoluteUri && location.Host != _host)
            {
                break;
            }

            response = await Client.GetAsync(location, Ct);
        }

        return (response, await ParseAsync(response));
    }

    /// <summary>
    /// Fills a form of the page and submits it: the form (or the button, through its formaction)
    /// whose target contains <paramref name="formAction"/>, else the page's own post form.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, IDictionary<string, string> fields, string? formAction = null, string? submitName = null, string? submitValue = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var forms = page.Forms.Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)).ToList();
        if (formAction is null)
        {
            var own = forms.First(f => f.QuerySelector("input[name=__RequestVerificationToken]") is not null && f.GetAttribute("action") is null or "");
            return await SubmitFormAsync(page, own, fields, target: null, submitName, submitValue);
        }

        foreach (var form in forms)
        {
            if ((form.GetAttribute("action") ?? "").Contains(formAction, StringComparison.OrdinalIgnoreCase))
            {
                return await SubmitFormAsync(page, form, fields, target: null, submitName, submitValue);
            }

            var button = form.QuerySelectorAll("button[formaction]").FirstOrDefault(b => b.GetAttribute("formaction")!.Contains(formAction, StringComparison.OrdinalIgnoreCase));
            if (button is not null)
            {
                return await SubmitFormAsync(page, form, fields, button.GetAttribute("formaction"), submitName, submitValue);
            }
        }

        throw new InvalidOperationException($"No form on the page posts to '{formAction}'.");
    }

    /// <summary>Submits one given form (a row's form among many), with its hidden fields and the given ones.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(IHtmlDocument page, IHtmlFormElement form, IDictionary<string, string> fields, string? target = null, string? submitName = null, string? submitValue = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(fields);
        var values = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .GroupBy(i => i.Name!)
            .ToDictionary(g => g.Key, g => g.First().Value);
        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }

        if (submitName is not null)
        {
            values[submitName] = submitValue ?? "";
        }

        target ??= form.GetAttribute("action");
        var address = string.IsNullOrEmpty(target)
            ? Addresses.TryGetValue(page, out var known) ? known : throw new InvalidOperationException("The page's address is unknown.")
            : new Uri(target, UriKind.RelativeOrAbsolute);
        using var content = new FormUrlEncodedContent(values);
        return await Client.PostAsync(address, content, Ct);
    }

    /// <summary>
    /// Submits a multipart form (a file upload) as a browser would: its hidden fields, then each
    /// file under <paramref name="fileField"/>, with the name and bytes given.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitFilesAsync(IHtmlFormElement form, string fileField, IEnumerable<(string FileName, byte[] Content)> files)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(files);
        using var content = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name)))
        {
            content.Add(new StringContent(hidden.Value), hidden.Name!);
        }

        foreach (var (fileName, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, fileField, fileName);
        }

        return await Client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.RelativeOrAbsolute), content, Ct);
    }

    /// <summary>
    /// Clicks a row's button in a back-office list: the row (matched by <paramref name="rowSelector"/>
    /// and one of its cells' exact text) has one form, whose buttons post to their own handlers.
    /// </summary>
    public Task<HttpResponseMessage> ClickRowButtonAsync(IHtmlDocument page, string rowSelector, string cellText, string handler)
    {
        ArgumentNullException.ThrowIfNull(page);
        var row = page.QuerySelectorAll(rowSelector).Single(r => r.QuerySelectorAll("td").Any(c => c.TextContent == cellText));
        var form = (IHtmlFormElement)row.QuerySelector("form")!;
        var button = form.QuerySelectorAll("button[formaction]").Single(b => b.GetAttribute("formaction")!.Contains("handler=" + handler, StringComparison.Ordinal));
        return SubmitFormAsync(page, form, new Dictionary<string, string>(), button.GetAttribute("formaction"));
    }

    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, IDictionary<string, string> fields, string? submitName = null, string? submitValue = null)
    {
        var (_, page) = await GetAsync(pageUrl);
        return await SubmitAsync(page, fields, submitName: submitName, submitValue: submitValue);
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password = DemoPassword, string? returnUrl = null)
    {
        var url = "/Identity/Account/Login" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        return await PostFormAsync(url, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    /// <summary>
    /// Signs in with the password, then with a code of the account's authenticator when it asks for
    /// one (the client portal's demo users have <see cref="DemoAuthenticatorKey"/>); the last answer.
    /// </summary>
    public async Task<HttpResponseMessage> SignInWithCodeAsync(string email, string authenticatorKey = DemoAuthenticatorKey)
    {
        var afterPassword = await SignInAsync(email);
        if (afterPassword.Headers.Location?.OriginalString.StartsWith("/Identity/Account/LoginWith2fa", StringComparison.Ordinal) != true)
        {
            return afterPassword;
        }

        var (_, page) = await FollowAsync(afterPassword);
        return await SubmitAsync(page, new Dictionary<string, string> { ["Code"] = Modular.Tests.Shared.Totp.Code(authenticatorKey) });
    }

    /// <summary>The authenticator secret of the demo accounts with MFA (published in the README).</summary>
    public const string DemoAuthenticatorKey = "MODULARPORTALDEMOCLIENT2";

    public static bool IsRedirect(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.RedirectKeepVerb or HttpStatusCode.TemporaryRedirect;

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var document = await Parser.ParseDocumentAsync(html, Ct);
        if (response.RequestMessage?.RequestUri is { } uri)
        {
            Addresses.AddOrUpdate(document, uri);
        }

        return document;
    }

    public void Dispose() => Client.Dispose();
}

/// <summary>
/// A browser's cookies for one site, whichever Host answers: unlike CookieContainer it sends the
/// Host's <c>Secure</c> cookies over the tests' plain-HTTP loopback, as a browser does behind a
/// TLS-terminating proxy.
/// </summary>
public sealed class CookieJar
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _cookies = new(StringComparer.Ordinal);

    internal sealed class Handler(CookieJar jar) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (!jar._cookies.IsEmpty)
            {
                request.Headers.Add("Cookie", string.Join("; ", jar._cookies.Select(c => $"{c.Key}={c.Value}")));
            }

            var response = await base.SendAsync(request, cancellationToken);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var parts = header.Split(';');
                var pair = parts[0].Split('=', 2);
                var expired = parts.Skip(1).Any(p => p.Trim().StartsWith("expires=", StringComparison.OrdinalIgnoreCase)
                    && DateTimeOffset.TryParse(p.Trim()[8..], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at) && at < DateTimeOffset.UtcNow);
                if (expired || pair.Length < 2 || pair[1].Length == 0)
                {
                    jar._cookies.TryRemove(pair[0].Trim(), out _);
                }
                else
                {
                    jar._cookies[pair[0].Trim()] = pair[1];
                }
            }

            return response;
        }
    }
}
