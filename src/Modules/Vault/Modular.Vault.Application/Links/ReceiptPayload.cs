using System.Globalization;
using System.Text;
using System.Text.Json;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Links;

namespace Modular.Vault.Application.Links;

/// <summary>
/// The payload of a download receipt ("accusé de téléchargement"), a JWT claim set that any JWT
/// library reads: <c>iss</c> and <c>iat</c> as usual, the rest named here. Times of the link are
/// ISO 8601 in UTC, so that a person reading the decoded payload needs no converter.
/// </summary>
internal static class ReceiptPayload
{
    private const string Issuer = "iss";
    private const string IssuedAt = "iat";
    private const string ReceiptType = "receipt_type";
    private const string ReceiptVersion = "receipt_version";
    private const string LinkId = "link_id";
    private const string OrganisationName = "organisation_name";
    private const string FolderId = "folder_id";
    private const string RecipientEmail = "recipient_email";
    private const string LinkCreatedAt = "link_created_at";
    private const string LinkUsedAt = "link_used_at";
    private const string DownloadedAt = "downloaded_at";
    private const string RevokedAt = "revoked_at";
    private const string Files = "files";
    private const string DocumentId = "document_id";
    private const string Name = "name";
    private const string Size = "size";
    private const string Sha256 = "sha256";
    private const string Fetched = "fetched";

    /// <summary>What a receipt made now says of <paramref name="link"/>, its documents as the vault holds them (a deleted one is named by its id only).</summary>
    public static DownloadReceiptContentDto Of(DownloadLink link, IReadOnlyCollection<Document> documents, string issuer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(link);
        var byId = documents.ToDictionary(d => d.Id);
        var files = link.DocumentIds.Select(id => byId.TryGetValue(id, out var document)
            ? new DownloadReceiptFileDto(id, document.Name, document.Size, document.Sha256, link.WasFetched(id))
            : new DownloadReceiptFileDto(id, null, null, null, link.WasFetched(id)));

        // iat is in whole seconds: the content returned is what the receipt will read back as.
        return new DownloadReceiptContentDto(
            issuer, DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds()), link.Id, link.SenderOrganisationName, link.FolderId, link.RecipientEmail,
            link.CreatedAt, link.UsedAt, link.DownloadedAt, link.RevokedAt, [.. files]);
    }

    public static string Write(DownloadReceiptContentDto content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString(Issuer, content.Issuer);
            json.WriteNumber(IssuedAt, content.IssuedAt.ToUnixTimeSeconds());
            json.WriteString(ReceiptType, DownloadReceiptFormat.Type);
            json.WriteNumber(ReceiptVersion, DownloadReceiptFormat.Version);
            json.WriteString(LinkId, content.LinkId);
            json.WriteString(OrganisationName, content.OrganisationName);
            json.WriteString(FolderId, content.FolderId);
            json.WriteString(RecipientEmail, content.RecipientEmail);
            json.WriteString(LinkCreatedAt, Time(content.LinkCreatedAt));
            json.WriteString(LinkUsedAt, Time(content.UsedAt));
            json.WriteString(DownloadedAt, Time(content.DownloadedAt));
            json.WriteString(RevokedAt, Time(content.RevokedAt));
            json.WriteStartArray(Files);
            foreach (var file in content.Files)
            {
                json.WriteStartObject();
                json.WriteString(DocumentId, file.Id);
                json.WriteString(Name, file.Name);
                if (file.Size is { } size)
                {
                    json.WriteNumber(Size, size);
                }
                else
                {
                    json.WriteNull(Size);
                }

                json.WriteString(Sha256, file.Sha256);
                json.WriteBoolean(Fetched, file.Fetched);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The content of a receipt's payload; null when it is not a download receipt of this version (another token of the server, say).</summary>
    public static DownloadReceiptContentDto? Read(string payloadJson)
    {
        try
        {
            using var document = JsonDocument.Parse(payloadJson);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty(ReceiptType, out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != DownloadReceiptFormat.Type
                || !root.TryGetProperty(ReceiptVersion, out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != DownloadReceiptFormat.Version)
            {
                return null;
            }

            var files = root.GetProperty(Files).EnumerateArray().Select(f => new DownloadReceiptFileDto(
                f.GetProperty(DocumentId).GetGuid(), OptionalString(f, Name), f.GetProperty(Size).ValueKind == JsonValueKind.Null ? null : f.GetProperty(Size).GetInt64(),
                OptionalString(f, Sha256), f.GetProperty(Fetched).GetBoolean()));
            return new DownloadReceiptContentDto(
                RequiredString(root, Issuer), DateTimeOffset.FromUnixTimeSeconds(root.GetProperty(IssuedAt).GetInt64()), root.GetProperty(LinkId).GetGuid(),
                RequiredString(root, OrganisationName), root.GetProperty(FolderId).GetGuid(), OptionalString(root, RecipientEmail),
                OptionalTime(root, LinkCreatedAt) ?? throw new FormatException("link_created_at is missing."), OptionalTime(root, LinkUsedAt),
                OptionalTime(root, DownloadedAt), OptionalTime(root, RevokedAt), [.. files]);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static string? Time(DateTimeOffset? value) => value?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static string RequiredString(JsonElement element, string name) =>
        OptionalString(element, name) ?? throw new FormatException($"{name} is missing.");

    private static string? OptionalString(JsonElement element, string name) =>
        element.GetProperty(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static DateTimeOffset? OptionalTime(JsonElement element, string name) =>
        OptionalString(element, name) is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : null;
}
