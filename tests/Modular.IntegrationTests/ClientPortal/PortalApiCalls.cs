using System.Net;
using System.Net.Http.Headers;
using Modular.IntegrationTests.Support;
using Modular.SharedKernel.Infrastructure.Seeding;
using static Modular.IntegrationTests.Support.ApiCaller;

namespace Modular.IntegrationTests.ClientPortal;

/// <summary>The insurer's system and a client's app on the portal's API, for tests.</summary>
internal static class PortalApiCalls
{
    public const string Companies = "/api/v1/portal/companies";

    public const string Documents = "/api/v1/portal/documents";

    /// <summary>A system of « Assurances Horizon » (the demo insurer) with its own client-credentials token.</summary>
    public static async Task<ApiCaller> HorizonSystemAsync(SharingApiHost host)
    {
        var (clientId, secret) = await AdminActions.RegisterApiClientAsync(host, "Système de gestion Horizon " + Guid.NewGuid().ToString("N")[..6], "Assurances Horizon", "portal.publish");
        var client = host.CreateApiClient();
        return new ApiCaller(client, await Tokens.ClientCredentialsAsync(client, "portal.publish", clientId, secret), null);
    }

    public static async Task<Guid> CompanyIdAsync(ApiCaller system, string name) =>
        (await ExpectAsync(await system.GetAsync($"{Companies}?q={Uri.EscapeDataString(name)}"), HttpStatusCode.OK)).EnumerateArray().Single().GetProperty("id").GetGuid();

    /// <summary>A one-page PDF with these lines of text.</summary>
    public static byte[] Pdf(string title, params string[] lines) => DemoPdf.Create(title, lines);

    public static Task<HttpResponseMessage> PublishAsync(
        ApiCaller system, Guid companyId, byte[] pdf, string line = "LAA", string type = "CoverageLetter", string title = "Lettre de prise en charge", string date = "2026-11-20", string fileName = "lettre.pdf")
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(line), "line" },
            { new StringContent(type), "type" },
            { new StringContent(title), "title" },
            { new StringContent(date), "documentDate" },
        };
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", fileName);
        return system.PostAsync($"{Companies}/{companyId}/documents", content);
    }

    public static async Task<Guid> PublishedIdAsync(HttpResponseMessage response) =>
        (await ExpectAsync(response, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>A word no other document holds.</summary>
    public static string UniqueWord(string stem) => stem + Guid.NewGuid().ToString("N")[..8];
}
