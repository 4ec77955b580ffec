using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.ClientPortal.Contracts;

public sealed record PortalDocumentDto(
    Guid Id,
    Guid CompanyId,
    InsuranceLine Line,
    PortalDocumentType Type,
    string Title,
    DateOnly DocumentDate,
    string FileName,
    long Size,
    string Sha256,
    PortalTextStatus TextStatus,
    DateTimeOffset PublishedAt,
    DateTimeOffset ExpiresAt);

/// <summary>A piece of a title or an excerpt; <see cref="IsMatch"/>: a word the search found.</summary>
public sealed record HighlightSegment(string Text, bool IsMatch);

/// <summary>
/// A document as its company's reader sees it: <see cref="IsNew"/> until the reader (or, for an
/// API client, anyone of the company) has downloaded it; <see cref="DaysLeft"/> before it is deleted.
/// With a search, the title and an excerpt of the text with the words found.
/// </summary>
public sealed record PortalDocumentItemDto(
    PortalDocumentDto Document,
    bool IsNew,
    int DaysLeft,
    IReadOnlyList<HighlightSegment> Title,
    IReadOnlyList<HighlightSegment> Excerpt);

/// <summary>What the reader's company has on the portal: its lines (tabs), the years and types present.</summary>
public sealed record PortalHomeDto(
    Guid CompanyId,
    string CompanyName,
    ClientUserRole Role,
    IReadOnlyList<InsuranceLine> Lines,
    IReadOnlyDictionary<InsuranceLine, int> DocumentCounts,
    IReadOnlyList<int> Years,
    int ExpiringSoon,
    int RetentionDays);

public sealed record PortalDocumentContentDto(PortalDocumentDto Document, Stream Content);

/// <summary>
/// Publishes one PDF to a client company of the caller's insurer: by an agent of the insurer, or by
/// the insurer's system with a client-credentials token. The fields are text as they came (a form,
/// a multipart request) so that each wrong value gets the module's message. The PDF's text is
/// extracted for search; a PDF with no text is stored with a warning (<see cref="PortalTextStatus.NoText"/>).
/// </summary>
[RequireAuthenticated]
[RequireScope(PortalScopes.Publish)]
public sealed record PublishPortalDocumentCommand(
    Guid CompanyId,
    string? Line,
    string? Type,
    string? Title,
    string? DocumentDate,
    string? FileName,
    Stream Content) : ICommand<PortalDocumentDto>;

/// <summary>Whether the signed-in account reads a company's documents on the portal (for menus; the portal itself asks for MFA).</summary>
[RequireAuthenticated]
public sealed record IsPortalReaderQuery : IQuery<bool>;

/// <summary>The signed-in client user's company on the portal.</summary>
[RequireAuthenticated]
[RequireScope(PortalScopes.Read)]
public sealed record GetPortalHomeQuery : IQuery<PortalHomeDto>;

/// <summary>
/// The caller's company's documents, newest first, by line, type,
/// year or document dates; <paramref name="Query"/> searches the title, the type and the PDF's
/// text, without regard to case or accents, each word also as the start of a longer one.
/// <paramref name="ExpiringWithinDays"/>: only those deleted within that many days. The line
/// (<c>IJM</c>, <c>LAA</c>, <c>LAAC</c>) and type (<c>BenefitStatement</c>…) are text as they came,
/// so that a wrong one gets the module's message.
/// </summary>
[RequireAuthenticated]
[RequireScope(PortalScopes.Read)]
public sealed record ListPortalDocumentsQuery(
    string? Line = null,
    string? Type = null,
    int? Year = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Query = null,
    int Page = 1,
    int PageSize = 20,
    int? ExpiringWithinDays = null) : IQuery<PagedList<PortalDocumentItemDto>>;

/// <summary>One document of the caller's company.</summary>
[RequireAuthenticated]
[RequireScope(PortalScopes.Read)]
public sealed record GetPortalDocumentQuery(Guid DocumentId) : IQuery<PortalDocumentItemDto>;

/// <summary>Opens a document of the caller's company for download, and records who downloaded it.</summary>
[RequireAuthenticated]
[RequireScope(PortalScopes.Read)]
public sealed record DownloadPortalDocumentCommand(Guid DocumentId) : ICommand<PortalDocumentContentDto>;

/// <summary>
/// One document of a ZIP: its entry's <paramref name="Name"/> (its file name, numbered when another
/// document of the ZIP has the same: « lettre.pdf », « lettre (2).pdf »), and how to open its PDF
/// when the ZIP reaches it. Each stream is the caller's to dispose.
/// </summary>
public sealed record PortalArchiveEntryDto(PortalDocumentDto Document, string Name, Func<CancellationToken, Task<Stream>> OpenAsync);

/// <summary>The documents of a ZIP, in order, and the ZIP's file name; nothing is opened until an entry is.</summary>
public sealed record PortalArchiveDto(string FileName, IReadOnlyList<PortalArchiveEntryDto> Entries);

/// <summary>
/// Several documents of the caller's company as one ZIP, each download recorded (read receipts):
/// either the chosen <paramref name="DocumentIds"/> (1 to <see cref="MaxDocuments"/>), or every
/// document that leaves the portal within <paramref name="ExpiringWithinDays"/> days (1 to
/// <see cref="MaxExpiringWithinDays"/>), not both. One id of another company makes the whole
/// request not found, one deleted document gone; then nothing is recorded.
/// </summary>
[RequireAuthenticated]
[RequireScope(PortalScopes.Read)]
public sealed record DownloadPortalArchiveCommand(IReadOnlyList<Guid>? DocumentIds = null, int? ExpiringWithinDays = null) : ICommand<PortalArchiveDto>
{
    /// <summary>The most documents one may choose for a ZIP.</summary>
    public const int MaxDocuments = 100;

    /// <summary>The window of « effacés dans les 30 jours », the longest one may ask a ZIP of.</summary>
    public const int MaxExpiringWithinDays = 30;

    /// <summary>The most documents a ZIP of those leaving the portal may hold (a bound on one request's work).</summary>
    public const int MaxExpiringDocuments = 1000;
}
