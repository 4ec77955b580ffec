using Modular.ClientPortal.Domain.Companies;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Domain.Documents;

/// <summary>Whether a PDF's text could be read for search (twin of Contracts' PortalTextStatus).</summary>
internal enum TextStatus
{
    Extracted,
    NoText,
}

/// <summary>
/// A benefit document published to one client company: a PDF (in the module's blob store under its
/// SHA-256), its line and type, its title and date, the text read from it for search, and when
/// it leaves the portal.
/// </summary>
internal sealed class PortalDocument : AggregateRoot<Guid>
{
    public const int TitleMaxLength = 200;

    /// <summary>The most text kept per document for search and excerpts.</summary>
    public const int TextMaxLength = 200_000;

    private PortalDocument(Guid id, ClientCompany company, Line line, DocumentKind kind, string title, DateOnly documentDate, string fileName, long size, string sha256, string text, Guid? publishedBy, string? publishedByClient, DateTimeOffset now, DateTimeOffset expiresAt)
        : base(id)
    {
        CompanyId = company.Id;
        InsurerId = company.InsurerId;
        Line = line;
        Kind = kind;
        Title = title;
        DocumentDate = documentDate;
        FileName = fileName;
        Size = size;
        Sha256 = sha256;
        Text = text.Length > TextMaxLength ? text[..TextMaxLength] : text;
        TextStatus = string.IsNullOrWhiteSpace(text) ? TextStatus.NoText : TextStatus.Extracted;
        PublishedBy = publishedBy;
        PublishedByClient = publishedByClient;
        PublishedAt = now;
        ExpiresAt = expiresAt;
    }

    private PortalDocument()
        : base(Guid.Empty)
    {
        Title = "";
        FileName = "";
        Sha256 = "";
        Text = "";
    }

    public Guid CompanyId { get; private set; }

    public Guid InsurerId { get; private set; }

    public Line Line { get; private set; }

    public DocumentKind Kind { get; private set; }

    public string Title { get; private set; }

    public DateOnly DocumentDate { get; private set; }

    /// <summary>The name the file is downloaded under.</summary>
    public string FileName { get; private set; }

    public long Size { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the PDF: also its blob's id.</summary>
    public string Sha256 { get; private set; }

    /// <summary>The PDF's text, for excerpts; the search index holds it folded.</summary>
    public string Text { get; private set; }

    public TextStatus TextStatus { get; private set; }

    /// <summary>The agent who published it; null when the insurer's system did (<see cref="PublishedByClient"/>).</summary>
    public Guid? PublishedBy { get; private set; }

    public string? PublishedByClient { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>The last expiry reminder sent (30 or 7 days before), if any.</summary>
    public int? LastReminderDays { get; private set; }

    public static Result<PortalDocument> Publish(
        ClientCompany company, string? lineText, string? kindText, string? title, string? dateText, string fileName,
        long size, string sha256, string text, Guid? publishedBy, string? publishedByClient, DateTimeOffset now, int retentionDays)
    {
        ArgumentNullException.ThrowIfNull(company);
        var fields = ReadFields(lineText, kindText, title, dateText, now);
        if (fields.IsFailure)
        {
            return fields.Error;
        }

        var (line, kind, trimmedTitle, date) = fields.Value;
        return new PortalDocument(
            Guid.CreateVersion7(now), company, line, kind, trimmedTitle, date, fileName, size, sha256, text ?? "",
            publishedBy, publishedByClient, now, Retention.ExpiresAt(now, retentionDays));
    }

    /// <summary>The checks on the fields alone, before a file is read: the API refuses wrong fields without storing anything.</summary>
    public static Result Check(string? lineText, string? kindText, string? title, string? dateText, DateTimeOffset now)
    {
        var fields = ReadFields(lineText, kindText, title, dateText, now);
        return fields.IsFailure ? fields.Error : Result.Success();
    }

    /// <summary>The folded text the search index holds: title, type names in both languages, the PDF's text.</summary>
    public string SearchDocument() => SearchText.Fold($"{Title}\n{Kind.SearchNames()}\n{Line.Code()}\n{Text}");

    /// <summary>The line, then the type it allows, the title and the date, each refused in that order.</summary>
    private static Result<(Line Line, DocumentKind Kind, string Title, DateOnly Date)> ReadFields(string? lineText, string? kindText, string? title, string? dateText, DateTimeOffset now)
    {
        var line = ReadLine(lineText);
        if (line.IsFailure)
        {
            return line.Error;
        }

        var kind = ReadKind(line.Value, kindText);
        if (kind.IsFailure)
        {
            return kind.Error;
        }

        var trimmedTitle = title?.Trim() ?? "";
        if (trimmedTitle.Length is 0 or > TitleMaxLength)
        {
            return PortalErrors.DocumentTitleInvalid;
        }

        var date = ReadDate(dateText, now);
        return date.IsFailure ? date.Error : (line.Value, kind.Value, trimmedTitle, date.Value);
    }

    private static Result<Line> ReadLine(string? text) => Lines.Parse(text) is { } line ? line : PortalErrors.LineInvalid(text);

    private static Result<DocumentKind> ReadKind(Line line, string? text) =>
        DocumentKinds.Parse(text) is { } kind && line.Allows(kind) ? kind : PortalErrors.DocumentTypeNotInLine(text, line.Code());

    private static Result<DateOnly> ReadDate(string? text, DateTimeOffset now) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
        && date <= DateOnly.FromDateTime(now.UtcDateTime.AddDays(1)) && date.Year >= 2000
            ? date
            : PortalErrors.DocumentDateInvalid(text);
}
