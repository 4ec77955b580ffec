using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Mandataries;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Mandataries.FindEmailOwner;

internal sealed class FindEmailOwnerQueryHandler(IAccountStore accounts) : IRequestHandler<FindEmailOwnerQuery, Result<EmailOwnerDto>>
{
    public async Task<Result<EmailOwnerDto>> Handle(FindEmailOwnerQuery request, CancellationToken cancellationToken) =>
        await accounts.FindEmailOwnerAsync(request.Email.Trim(), cancellationToken);
}
