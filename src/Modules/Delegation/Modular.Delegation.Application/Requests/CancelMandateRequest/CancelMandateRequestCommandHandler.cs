using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain;
using Modular.Delegation.Domain.Requests;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Delegation.Application.Requests.CancelMandateRequest;

/// <summary>The mandator withdraws their request before it is decided; anyone else's is not found.</summary>
internal sealed class CancelMandateRequestCommandHandler(IDelegationRepository repository, ICurrentUser user) : IRequestHandler<CancelMandateRequestCommand, Result>
{
    public async Task<Result> Handle(CancelMandateRequestCommand request, CancellationToken cancellationToken)
    {
        var found = await repository.FindAsync(new MandateRequestByIdSpec(request.RequestId, tracked: true), cancellationToken);
        if (!RequestAccess.IsMandatorOf(user, found))
        {
            return DelegationErrors.RequestNotFound;
        }

        var cancelled = found.Cancel();
        return cancelled.IsFailure ? cancelled : await repository.SaveChangesAsync(cancellationToken);
    }
}
