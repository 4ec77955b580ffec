using MediatR;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain;
using Modular.ClientPortal.Domain.Companies;
using Modular.Identity.Contracts.ApiClients;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.ClientPortal.Application.Team.AuthoriseApiClient;

/// <summary>
/// The client admin allows an API client to read the company's documents. The client is recognised
/// by the server's own id (a deleted client's client id could be given again); one company per
/// client, whoever authorises first (the store's unique index decides).
/// </summary>
internal sealed class AuthoriseApiClientCommandHandler(IPortalRepository repository, TeamAccess team, IMediator mediator, ICurrentUser user, TimeProvider time)
    : IRequestHandler<AuthoriseApiClientCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(AuthoriseApiClientCommand request, CancellationToken cancellationToken)
    {
        var manager = await team.RequireManagerAsync(null, cancellationToken);
        if (manager.IsFailure)
        {
            return manager.Error;
        }

        var clientId = request.ClientId?.Trim() ?? "";
        var client = clientId.Length is 0 or > 100 ? null : await mediator.Send(new FindApiClientQuery(clientId), cancellationToken);
        if (client is not { IsSuccess: true })
        {
            return PortalErrors.ApiClientUnknown;
        }

        if (await repository.FindAsync(new ActiveAuthorisationOfClientSpec(client.Value.Id), cancellationToken) is not null)
        {
            return PortalErrors.ApiClientTaken;
        }

        var authorisation = AuthorisedClient.Authorise(manager.Value.Company.Id, client.Value.Id, client.Value.ClientId, client.Value.DisplayName, user.RequireUserId(), time.GetUtcNow());
        repository.Add(authorisation);
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsSuccess ? authorisation.Id : saved.Error!;
    }
}
