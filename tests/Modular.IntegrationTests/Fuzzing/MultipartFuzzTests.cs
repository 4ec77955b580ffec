using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CsCheck;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;
using static Modular.IntegrationTests.Support.ApiCaller;

namespace Modular.IntegrationTests.Fuzzing;

/// <summary>
/// The API's multipart uploads (a vault folder's documents, a DSN deposit) fed generated bodies for a
/// bounded time (<c>MODULAR_FUZZ_SECONDS</c>, 3 s an endpoint by default): valid bodies mutated byte
/// by byte, hostile file names and part headers, boundaries that lie, random bytes. Every answer is
/// a success or a client error with problem details, never a 5xx, and the Host still answers after.
/// </summary>
public sealed class MultipartFuzzTests : IDisposable
{
    internal static readonly int Seconds = int.TryParse(Environment.GetEnvironmentVariable("MODULAR_FUZZ_SECONDS"), CultureInfo.InvariantCulture, out var s) ? s : 3;

    private static readonly string[] Names =
    [
        "Carte grise.pdf", "../../etc/passwd", "..\\..\\boot.ini", "a\0b.pdf", "\u202Efdp.exe", "CON", "", " ", "x.PDF", "😀.png", "a\"b.pdf",
        "nom très long " + new string('x', 600) + ".pdf", "dsn.txt", "%2e%2e%2fetc.pdf", "a;b=c.pdf", "a\r\nX-Injected: 1.pdf",
    ];

    private static readonly string[] HeaderLines =
    [
        "Content-Disposition: form-data; name=\"file\"; filename=\"{0}\"", "Content-Disposition: form-data; name=\"file\"; filename*=UTF-8''{0}",
        "Content-Disposition: form-data; name=\"file\"", "Content-Disposition: form-data; name=\"file\"; filename*", "Content-Disposition: form-data; name=\"file\"; filename*=UTF-7''{0}", "Content-Disposition: attachment", "Content-Type: application/pdf", "Content-Type: text/plain; charset=latin1",
        "Content-Type: multipart/mixed; boundary=inner", "Content-Length: 99999999", "Content-Transfer-Encoding: base64", "X-" + new string('h', 20_000) + ": 1", "no colon at all",
    ];

    private readonly SharingApiHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task No_upload_body_gets_a_server_error()
    {
        using var agent1 = await _host.CallerAsync("agent1@demo.test", scope: "openid vault.read vault.write");
        using var admin = await _host.CallerAsync("admin@demo.test", scope: "openid portfolio.read portfolio.write");
        var folder = (await ExpectAsync(await agent1.PostAsync("/api/v1/vault/folders", new { name = "Fuzz", isPublic = false }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
        var dsn = DsnSample.Envoi().Declaration("552081317", "00018").Latin1(crlf: true);

        foreach (var (caller, url, file) in new[] { (agent1, $"/api/v1/vault/folders/{folder}/documents", pdf), (admin, "/api/v1/portfolio/dsn-deposits", dsn) })
        {
            var statuses = new Dictionary<int, int>();
            await Body(file).SampleAsync(
                async body =>
                {
                    using var content = new ByteArrayContent(body.Bytes);
                    content.Headers.TryAddWithoutValidation("Content-Type", body.ContentType);
                    using var response = await caller.SendAsync(HttpMethod.Post, url, content);
                    var status = (int)response.StatusCode;
                    lock (statuses)
                    {
                        statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    }

                    Assert.True(status < 500, $"{status} for {body.ContentType}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
                    if (status >= 400)
                    {
                        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                    }
                },
                TestContext.Current.TestOutputHelper is { } output ? output.WriteLine : null,
                threads: 1,
                time: Seconds,
                print: b => $"{b.ContentType} ({b.Bytes.Length} bytes): {Encoding.Latin1.GetString(b.Bytes, 0, Math.Min(300, b.Bytes.Length))}");
            TestContext.Current.TestOutputHelper?.WriteLine($"{url}: {string.Join(", ", statuses.OrderBy(p => p.Key).Select(p => $"{p.Key} × {p.Value}"))}");
            Assert.Contains(statuses.Keys, k => k is >= 200 and < 300);
        }

        Assert.Equal(HttpStatusCode.OK, (await agent1.GetAsync("/health/ready")).StatusCode);
    }

    /// <summary>A multipart body: well-formed around a valid file, with hostile pieces, mutated, or noise; and its Content-Type.</summary>
    internal static Gen<(string ContentType, byte[] Bytes)> Body(byte[] file)
    {
        var boundary = Gen.OneOf(Gen.Const("b0undary"), Gen.String[Gen.Char.AlphaNumeric, 1, 70], Gen.OneOf("", "\"quoted\"", new string('b', 300), "a b", "é"));
        var part = Gen.Select(Gen.OneOf(Names), Gen.OneOf(HeaderLines).Array[0, 4], Gen.Bool, Gen.Bool)
            .Select((name, extra, withFile, valid) => (name, extra, withFile, valid));
        var wellFormed = Gen.Select(boundary, part.Array[1, 3]).Select((b, parts) =>
        {
            using var text = new MemoryStream();
            foreach (var (name, extra, withFile, valid) in parts)
            {
                Write(text, $"--{b}\r\n");
                Write(text, valid ? $"Content-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n" : "");
                foreach (var line in extra)
                {
                    Write(text, string.Format(CultureInfo.InvariantCulture, line, name) + "\r\n");
                }

                Write(text, "\r\n");
                text.Write(withFile ? file : Encoding.UTF8.GetBytes(name));
                Write(text, "\r\n");
            }

            Write(text, $"--{b}--\r\n");
            return ($"multipart/form-data; boundary={b}", text.ToArray());
        });
        var mutated = Gen.Select(wellFormed, Gen.Select(Gen.Int[0, 2], Gen.Int[0, int.MaxValue], Gen.Byte).Array[1, 6]).Select((body, changes) =>
        {
            var bytes = body.Item2.ToList();
            foreach (var (kind, at, value) in changes)
            {
                var i = bytes.Count == 0 ? 0 : at % bytes.Count;
                _ = kind switch
                {
                    0 when bytes.Count > 0 => bytes[i] = value,
                    1 => Insert(bytes, i, value),
                    _ => Truncate(bytes, i),
                };
            }

            return (body.Item1, bytes.ToArray());
        });
        var clean = Gen.OneOf("Carte grise.pdf", "x.PDF", "dsn.txt", "Relevé n° 2.pdf").Select(name =>
            ("multipart/form-data; boundary=clean", Encoding.UTF8.GetBytes($"--clean\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\r\n")
                .Concat(file).Concat(Encoding.UTF8.GetBytes("\r\n--clean--\r\n")).ToArray()));
        var noise = Gen.Select(Gen.OneOf("multipart/form-data; boundary=x", "multipart/form-data", "multipart/form-data; boundary=", "text/plain", "application/json"), Gen.Byte.Array[0, 2048]);
        return Gen.OneOf(clean, wellFormed, wellFormed, mutated, mutated, noise);
    }

    private static void Write(MemoryStream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    private static byte Insert(List<byte> bytes, int at, byte value)
    {
        bytes.Insert(at, value);
        return value;
    }

    private static byte Truncate(List<byte> bytes, int at)
    {
        bytes.RemoveRange(at, bytes.Count - at);
        return 0;
    }
}
