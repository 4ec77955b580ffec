using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Consent;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.Consent.GrantConsent;

internal sealed class GrantConsentCommandHandler(ICurrentUser user, IApiClientRegistry clients) : IRequestHandler<GrantConsentCommand, Result>
{
    public async Task<Result> Handle(GrantConsentCommand request, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } userId)
        {
            return IdentityErrors.NotSignedIn;
        }

        if (await clients.FindAsync(request.ClientId, cancellationToken) is not { } client)
        {
            return IdentityErrors.ClientNotFound;
        }

        // A person can only allow what the client is registered for.
        var granted = request.Scopes.Where(client.AllowedScopes.Contains).Distinct().ToList();
        await clients.GrantPermanentConsentAsync(userId, client.ClientId, granted, cancellationToken);
        return Result.Success();
    }
}
