using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain.Mandates;
using Modular.SharedKernel.Results;

namespace Modular.Delegation.Application.Queue.ListMandatesInForce;

/// <summary>The mandates in force (the latest 200), for the back office to revoke one.</summary>
internal sealed class ListMandatesInForceQueryHandler(IDelegationRepository repository, DelegableServices services, TimeProvider time)
    : IRequestHandler<ListMandatesInForceQuery, Result<IReadOnlyList<MandateDto>>>
{
    public const int Shown = 200;

    public async Task<Result<IReadOnlyList<MandateDto>>> Handle(ListMandatesInForceQuery request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var mandates = await repository.ListAsync(new AllMandatesInForceSpec(now, Shown), cancellationToken);
        return Result<IReadOnlyList<MandateDto>>.Success([.. mandates.Select(m => m.ToDto(services, now))]);
    }
}
