using MediatR;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain.Companies;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.ClientPortal.Application.Documents.IsPortalReader;

internal sealed class IsPortalReaderQueryHandler(IPortalRepository repository, ICurrentUser user)
    : IRequestHandler<IsPortalReaderQuery, Result<bool>>
{
    public async Task<Result<bool>> Handle(IsPortalReaderQuery request, CancellationToken cancellationToken) =>
        user.UserId is { } userId && await repository.FindAsync(new ActiveMembershipSpec(userId), cancellationToken) is not null;
}
