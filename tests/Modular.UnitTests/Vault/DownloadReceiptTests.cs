using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Modular.SharedKernel.Results;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.Links.VerifyDownloadReceipt;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Links;
using Modular.Vault.Infrastructure.Links;
using OpenIddict.Server;

namespace Modular.UnitTests.Vault;

/// <summary>
/// Download receipts ("accusé de téléchargement"): what one says of a link, and how a pasted one is
/// checked with the server's signing keys; every kind of refusal has its own reason.
/// </summary>
public sealed class DownloadReceiptTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 14, 0, 0, TimeSpan.Zero);
    private readonly RSA _serverKey = RSA.Create(2048);
    private readonly RSA _forgerKey = RSA.Create(2048);
    private readonly OpenIdConnectReceiptSigner _signer;

    public DownloadReceiptTests() => _signer = Signer(_serverKey, "server-key");

    [Fact]
    public void A_link_none_of_whose_documents_was_fetched_has_no_receipt_and_one_fetched_document_is_enough()
    {
        var (link, documents) = DownloadedLink(fetched: 0);
        Assert.Equal("link-not-downloaded", link.ReceiptRefusal()?.Code);

        Set(link, nameof(DownloadLink.FetchedDocumentIds), new List<Guid> { documents[1].Id });
        Assert.Null(link.ReceiptRefusal());
        var content = ReceiptPayload.Of(link, documents, "https://modular.example/", Now);
        Assert.Equal([false, true], content.Files.Select(f => f.Fetched));
        Assert.Null(content.DownloadedAt);
    }

    [Fact]
    public void A_download_completed_by_the_zip_marks_every_file_fetched_and_a_deleted_document_keeps_only_its_id()
    {
        var (link, documents) = DownloadedLink(fetched: 0);
        Set(link, nameof(DownloadLink.DownloadedAt), Now.AddMinutes(-3));

        var content = ReceiptPayload.Of(link, [documents[0]], "https://modular.example/", Now);

        Assert.All(content.Files, f => Assert.True(f.Fetched));
        Assert.Equal(("attestation.pdf", 1234L, documents[0].Sha256), (content.Files[0].Name, content.Files[0].Size.GetValueOrDefault(), content.Files[0].Sha256));
        Assert.Equal((documents[1].Id, null, null, null), (content.Files[1].Id, content.Files[1].Name, content.Files[1].Size, content.Files[1].Sha256));

        // Written with its times in ISO 8601 UTC, and read back the same, the deleted document's unknowns included.
        var json = ReceiptPayload.Write(content);
        Assert.Contains("\"2026-12-02T13:57:00.0000000Z\"", json, StringComparison.Ordinal);
        var read = ReceiptPayload.Read(json)!;
        Assert.Equal((documents[1].Id, null, null, null), (read.Files[1].Id, read.Files[1].Name, read.Files[1].Size, read.Files[1].Sha256));
        Assert.Equal(1234L, read.Files[0].Size);
        Assert.Equal(Now.AddMinutes(-3), read.DownloadedAt);
        Assert.Throws<ArgumentNullException>(() => ReceiptPayload.Of(null!, documents, "https://modular.example/", Now));
        Assert.Throws<ArgumentNullException>(() => ReceiptPayload.Write(null!));
    }

    [Fact]
    public async Task A_signed_receipt_verifies_and_reads_back_as_what_was_signed()
    {
        var (jws, content) = SignedReceipt();

        var verified = await VerifyAsync(jws);

        Assert.True(verified.IsSuccess, verified.Error?.Message);
        Assert.Equal("server-key", verified.Value.KeyId);
        Assert.Equal(SecurityAlgorithms.RsaSha256, verified.Value.Algorithm);
        Assert.Equivalent(content, verified.Value.Content, strict: true);
        Assert.Equal("client@exemple.test", verified.Value.Content.RecipientEmail);
        Assert.Equal("Cabinet Démo", verified.Value.Content.OrganisationName);
    }

    [Fact]
    public async Task A_receipt_wrapped_over_several_lines_still_verifies()
    {
        var (jws, _) = SignedReceipt();
        var wrapped = string.Join("\r\n", jws.Chunk(76).Select(c => new string(c))) + "\n";

        Assert.True((await VerifyAsync("  " + wrapped)).IsSuccess);
    }

    [Fact]
    public async Task Any_character_of_the_payload_changed_is_a_bad_signature()
    {
        var (jws, _) = SignedReceipt();
        var parts = jws.Split('.');
        for (var i = 0; i < parts[1].Length; i += 17)
        {
            var flipped = parts[1].ToCharArray();
            flipped[i] = flipped[i] == 'A' ? 'B' : 'A';
            Assert.Equal("signature", Reason(await VerifyAsync($"{parts[0]}.{new string(flipped)}.{parts[2]}")));
        }
    }

    [Fact]
    public async Task The_same_payload_signed_by_another_key_is_refused_whether_it_names_the_server_key_or_its_own()
    {
        var (jws, _) = SignedReceipt();
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(jws.Split('.')[1]));

        Assert.Equal("signature", Reason(await VerifyAsync(Signer(_forgerKey, "server-key").Sign(payload, DownloadReceiptFormat.HeaderType).Jws)));
        Assert.Equal("key-unknown", Reason(await VerifyAsync(Signer(_forgerKey, "forger-key").Sign(payload, DownloadReceiptFormat.HeaderType).Jws)));
    }

    [Fact]
    public async Task An_unsigned_receipt_or_one_keyed_with_the_public_key_is_a_bad_signature()
    {
        var (jws, _) = SignedReceipt();
        var parts = jws.Split('.');
        var none = Base64UrlEncoder.Encode("""{"alg":"none","kid":"server-key","typ":"download-receipt+jwt"}""");
        Assert.Equal("signature", Reason(await VerifyAsync($"{none}.{parts[1]}.AA")));

        var publicKey = _serverKey.ExportSubjectPublicKeyInfo();
        var hmac = new SigningCredentials(new SymmetricSecurityKey(publicKey) { KeyId = "server-key" }, SecurityAlgorithms.HmacSha256);
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]));
        var confused = new JsonWebTokenHandler().CreateToken(payload, hmac, new Dictionary<string, object> { ["typ"] = DownloadReceiptFormat.HeaderType });
        Assert.Equal("signature", Reason(await VerifyAsync(confused)));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData(" \n\t ", "empty")]
    [InlineData("bonjour", "malformed")]
    [InlineData("a.b", "malformed")]
    [InlineData("a..c", "malformed")]
    [InlineData("eyJ!!!.eyJ.c2ln", "malformed")]
    [InlineData("bm90IGpzb24.eyJhIjoxfQ.c2ln", "malformed")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.eyJhIjoxfQ.c2ln", "key-unknown")]
    public async Task Garbage_is_refused_with_its_reason(string pasted, string reason)
    {
        var refused = await VerifyAsync(pasted);

        Assert.Equal(VaultErrorCodes.DownloadReceiptInvalid, refused.Error?.Code);
        Assert.Equal(reason, refused.Error!.Reason);
        Assert.Equal(reason, refused.Error.Extensions[VaultErrorCodes.ReasonExtension]);
        Assert.Equal(["Receipt"], refused.Error.FieldErrors.Keys);
    }

    [Fact]
    public async Task A_text_longer_than_any_receipt_is_refused_before_any_signature_is_checked()
    {
        var refused = await VerifyAsync(new string('a', DownloadReceiptFormat.MaxLength + 1));

        Assert.Equal("too-long", Reason(refused));
        Assert.Equal([DownloadReceiptFormat.MaxLength], refused.Error!.Arguments);
    }

    [Fact]
    public async Task Another_token_signed_by_the_server_is_not_a_receipt()
    {
        var accessToken = _signer.Sign("""{"iss":"https://modular.example/","sub":"42","scope":"vault.read"}""", "at+jwt").Jws;
        var untyped = _signer.Sign("""{"iss":"https://modular.example/","receipt_type":"download-receipt","receipt_version":1}""", DownloadReceiptFormat.HeaderType).Jws;
        var nextVersion = _signer.Sign(ReceiptPayload.Write(SignedReceipt().Content).Replace("\"receipt_version\":1", "\"receipt_version\":2", StringComparison.Ordinal), DownloadReceiptFormat.HeaderType).Jws;

        Assert.Equal("not-a-receipt", Reason(await VerifyAsync(accessToken)));
        Assert.Equal("not-a-receipt", Reason(await VerifyAsync(untyped)));
        Assert.Equal("not-a-receipt", Reason(await VerifyAsync(nextVersion)));
    }

    [Fact]
    public async Task The_header_names_the_key_and_the_type_and_a_standard_library_verifies_the_receipt_with_the_public_key()
    {
        var (jws, content) = SignedReceipt();
        var token = new JsonWebToken(jws);

        Assert.Equal("server-key", token.Kid);
        Assert.Equal(DownloadReceiptFormat.HeaderType, token.Typ);
        var publicKey = new RsaSecurityKey(_serverKey.ExportParameters(false)) { KeyId = "server-key" };
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(jws, new TokenValidationParameters
        {
            IssuerSigningKey = publicKey,
            ValidIssuer = "https://modular.example/",
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
            ValidTypes = [DownloadReceiptFormat.HeaderType],
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal(content.LinkId.ToString(), result.Claims["link_id"]);
    }

    public void Dispose()
    {
        _serverKey.Dispose();
        _forgerKey.Dispose();
    }

    private (string Jws, DownloadReceiptContentDto Content) SignedReceipt()
    {
        var (link, documents) = DownloadedLink(fetched: 2);
        Set(link, nameof(DownloadLink.DownloadedAt), Now.AddMinutes(-2));
        var content = ReceiptPayload.Of(link, documents, _signer.Issuer, Now);
        return (_signer.Sign(ReceiptPayload.Write(content), DownloadReceiptFormat.HeaderType).Jws, content);
    }

    private Task<Result<VerifiedDownloadReceiptDto>> VerifyAsync(string pasted) =>
        new VerifyDownloadReceiptQueryHandler(_signer).Handle(new VerifyDownloadReceiptQuery(pasted), TestContext.Current.CancellationToken);

    private static string? Reason(Result<VerifiedDownloadReceiptDto> result) => result.IsSuccess ? "valid" : result.Error!.Reason;

    private static (DownloadLink Link, Document[] Documents) DownloadedLink(int fetched)
    {
        var folder = Guid.NewGuid();
        var organisation = Guid.NewGuid();
        Document[] documents =
        [
            Document.Create(folder, organisation, DocumentFileName.Parse("attestation.pdf").Value, "application/pdf", 1234, new string('a', 64), Guid.NewGuid(), Now.AddDays(-1)),
            Document.Create(folder, organisation, DocumentFileName.Parse("relevé d'identité bancaire.pdf").Value, "application/pdf", 5678, new string('b', 64), Guid.NewGuid(), Now.AddDays(-1)),
        ];
        var link = DownloadLink.Create(organisation, folder, Guid.NewGuid(), [.. documents.Select(d => d.Id)], "client@exemple.test", "Cabinet Démo", "agent1@demo.test",
            SHA256.HashData("token"u8), id => SHA256.HashData(id.ToByteArray()), Now.AddDays(-1)).Value;
        Set(link, nameof(DownloadLink.UsedAt), Now.AddMinutes(-10));
        Set(link, nameof(DownloadLink.FetchedDocumentIds), documents.Take(fetched).Select(d => d.Id).ToList());
        return (link, documents);
    }

    private static OpenIdConnectReceiptSigner Signer(RSA key, string keyId)
    {
        var options = new OpenIddictServerOptions { Issuer = new Uri("https://modular.example/") };
        options.SigningCredentials.Add(new SigningCredentials(new RsaSecurityKey(key) { KeyId = keyId }, SecurityAlgorithms.RsaSha256));
        return new OpenIdConnectReceiptSigner(new FixedOptions(options));
    }

    // The store sets these columns by conditional updates, not through methods: the test does as the store does.
    private static void Set(DownloadLink link, string property, object? value) =>
        typeof(DownloadLink).GetProperty(property)!.SetValue(link, value);

    private sealed class FixedOptions(OpenIddictServerOptions value) : IOptionsMonitor<OpenIddictServerOptions>
    {
        public OpenIddictServerOptions CurrentValue => value;

        public OpenIddictServerOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<OpenIddictServerOptions, string?> listener) => null;
    }
}
