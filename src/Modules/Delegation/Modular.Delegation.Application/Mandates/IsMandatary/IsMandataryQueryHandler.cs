using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain.Mandates;
using Modular.SharedKernel.Results;

namespace Modular.Delegation.Application.Mandates.IsMandatary;

internal sealed class IsMandataryQueryHandler(IDelegationRepository repository, TimeProvider time) : IRequestHandler<IsMandataryQuery, Result<bool>>
{
    public async Task<Result<bool>> Handle(IsMandataryQuery request, CancellationToken cancellationToken) =>
        (await repository.ListAsync(new MandatesOfMandataryInForceSpec(request.UserId, time.GetUtcNow()), cancellationToken)).Count > 0;
}
