using MediatR;
using Modular.ClientPortal.Application.Access;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Invitations;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Application.Team.GetClientTeam;

/// <summary>The reader's company's people and pending invitations; the client admin may manage them.</summary>
internal sealed class GetClientTeamQueryHandler(IPortalRepository repository, PortalAccess access, IMediator mediator, TimeProvider time)
    : IRequestHandler<GetClientTeamQuery, Result<ClientTeamDto>>
{
    public async Task<Result<ClientTeamDto>> Handle(GetClientTeamQuery request, CancellationToken cancellationToken)
    {
        var reader = await access.RequireReaderAsync(cancellationToken);
        if (reader.IsFailure)
        {
            return reader.Error;
        }

        var company = await repository.FindAsync(new CompanyByIdSpec(reader.Value.CompanyId), cancellationToken)
            ?? throw new InvalidOperationException($"The company {reader.Value.CompanyId} of a member is missing.");
        var users = new List<ClientUserDto>();
        foreach (var member in await repository.ListAsync(new MembersOfCompanySpec(company.Id), cancellationToken))
        {
            var contact = await mediator.Send(new GetAccountContactQuery(member.UserId), cancellationToken);
            if (contact.IsSuccess)
            {
                users.Add(new ClientUserDto(member.UserId, contact.Value.Email, contact.Value.DisplayName, member.Role.ToContract(), member.IsActive && contact.Value.IsActive, contact.Value.MfaEnabled));
            }
        }

        var now = time.GetUtcNow();
        var pending = (await repository.ListAsync(new InvitationsOfCompanySpec(company.Id), cancellationToken))
            .Where(i => i.AcceptedAt is null && !i.IsExpired(now))
            .Select(i => new PortalInvitationDto(company.Name, i.Email, i.DisplayName, i.Role.ToContract(), i.ExpiresAt))
            .ToList();
        var clients = (await repository.ListAsync(new AuthorisationsOfCompanySpec(company.Id), cancellationToken))
            .Select(a => new AuthorisedClientDto(a.Id, a.ClientId, a.DisplayName, a.AuthorisedAt))
            .ToList();
        return new ClientTeamDto(company.Id, company.Name, reader.Value.Role == MemberRole.ClientAdmin, users, pending, clients);
    }
}
