using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.People.GetPerson;

internal sealed class GetPersonQueryHandler(IVaultRepository repository, ICurrentUser user, ICodeProtector protector, TimeProvider time) : IRequestHandler<GetPersonQuery, Result<PersonDetailsDto>>
{
    public async Task<Result<PersonDetailsDto>> Handle(GetPersonQuery request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new PersonOfOrganisationSpec(request.PersonId, organisationId), cancellationToken) is not { } person)
        {
            return VaultErrors.PersonNotFound;
        }

        var now = time.GetUtcNow();
        var invitations = await repository.ListAsync(new InvitationsOfPersonSpec(person.Id), cancellationToken);
        var home = (await repository.ListAsync(new HomePagesSpec([person.Id]), cancellationToken)).FirstOrDefault();
        var grants = await repository.ListAsync(new GrantsOfPersonSpec(person.Id), cancellationToken);
        var granted = (await repository.ListAsync(new FoldersByIdsSpec([.. grants.Select(g => g.FolderId)]), cancellationToken)).ToDictionary(f => f.Id);
        var access = new List<PersonFolderAccessDto>();
        if (home is not null)
        {
            access.Add(new PersonFolderAccessDto(home.Id, home.Name, FolderAccessLevel.Write, ByGrant: false, GrantId: null));
        }

        access.AddRange(grants.Where(g => granted.ContainsKey(g.FolderId))
            .Select(g => new PersonFolderAccessDto(g.FolderId, granted[g.FolderId].Name, (FolderAccessLevel)g.Level, ByGrant: true, g.Id))
            .OrderBy(a => a.FolderName, StringComparer.CurrentCultureIgnoreCase));
        return new PersonDetailsDto(person.ToDto(), home?.Id, [.. invitations.Select(i => i.ToDto(protector, now))], access);
    }
}
