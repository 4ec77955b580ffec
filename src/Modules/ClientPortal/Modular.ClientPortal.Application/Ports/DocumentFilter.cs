using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Documents;

namespace Modular.ClientPortal.Application.Ports;

/// <summary>
/// Which of a company's documents a list shows: those still on the portal at <paramref name="AliveAt"/>,
/// by line, type, year, document dates, or those deleted before a moment.
/// </summary>
internal sealed record DocumentFilter(
    Guid CompanyId,
    DateTimeOffset AliveAt,
    Line? Line = null,
    DocumentKind? Kind = null,
    int? Year = null,
    DateOnly? From = null,
    DateOnly? To = null,
    DateTimeOffset? ExpiringBefore = null);
