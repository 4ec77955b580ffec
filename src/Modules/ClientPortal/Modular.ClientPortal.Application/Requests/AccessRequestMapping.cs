using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Requests;

namespace Modular.ClientPortal.Application.Requests;

/// <summary>A request as the advisor checks it, beside the company already on the portal under its UID.</summary>
internal sealed class AccessRequestMapping(IPortalRepository repository)
{
    public async Task<AccessRequestDto> ToDtoAsync(AccessRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var known = await repository.FindAsync(new CompanyByUidSpec(request.InsurerId, request.Uid), cancellationToken);
        return new AccessRequestDto(
            request.Id,
            request.CompanyName,
            request.Uid,
            [.. request.Contracts.Select(c => new RequestedContractDto(c.Line.ToContract(), c.Number))],
            SwissFrancs.ToFrancs(request.PremiumVolumeCentimes),
            request.FirstName,
            request.LastName,
            request.Email,
            request.Phone,
            request.Language,
            request.SubmittedAt,
            (AccessRequestStatus)(int)request.State,
            request.DecidedAt,
            request.RefusalReason,
            request.CompanyId,
            known is null ? null : new ClientCompanySummaryDto(known.Id, known.Name, known.Uid, known.City, known.Paperless, SwissFrancs.ToFrancs(known.TotalPremiumCentimes), 0, 0),
            known is null ? [] : [.. known.Contracts.Select(c => c.ToDto())]);
    }
}
