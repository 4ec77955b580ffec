using MediatR;
using Modular.ClientPortal.Application.Access;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Documents;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Application.Documents.GetPortalHome;

/// <summary>The reader's company: its lines (the contracts' and those documents were published on), counts, years, and what expires within 30 days.</summary>
internal sealed class GetPortalHomeQueryHandler(IPortalRepository repository, IPortalSearch search, IPortalSettings settings, PortalAccess access, TimeProvider time)
    : IRequestHandler<GetPortalHomeQuery, Result<PortalHomeDto>>
{
    public const int ExpiringWithinDays = 30;

    public async Task<Result<PortalHomeDto>> Handle(GetPortalHomeQuery request, CancellationToken cancellationToken)
    {
        var reader = await access.RequireReaderAsync(cancellationToken);
        if (reader.IsFailure)
        {
            return reader.Error;
        }

        var company = await repository.FindAsync(new CompanyByIdSpec(reader.Value.CompanyId), cancellationToken)
            ?? throw new InvalidOperationException($"The company {reader.Value.CompanyId} of a member is missing.");
        var (perLine, years) = await repository.CompanyOverviewAsync(company.Id, cancellationToken);
        var lines = company.Contracts.Select(c => c.Line).Concat(perLine.Keys).Distinct().Order().ToList();
        var now = time.GetUtcNow();
        var (_, expiring) = await search.FindAsync(
            new DocumentFilter(company.Id, now, ExpiringBefore: now.AddDays(ExpiringWithinDays)), Domain.Search.SearchTerms.Parse(null), 0, 1, cancellationToken);
        return new PortalHomeDto(
            company.Id,
            company.Name,
            reader.Value.Role.ToContract(),
            [.. lines.Select(l => l.ToContract())],
            lines.ToDictionary(l => l.ToContract(), l => perLine.GetValueOrDefault(l)),
            years,
            expiring,
            settings.RetentionDays);
    }
}
