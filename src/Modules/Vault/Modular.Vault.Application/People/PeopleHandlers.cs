using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.People;

internal sealed class SearchPeopleQueryHandler(IVaultRepository repository, ICurrentUser user) : IRequestHandler<SearchPeopleQuery, Result<IReadOnlyList<PersonDto>>>
{
    private const int MaxResults = 200;

    public async Task<Result<IReadOnlyList<PersonDto>>> Handle(SearchPeopleQuery request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId)
        {
            return VaultErrors.NoOrganisation;
        }

        var people = await repository.ListAsync(new PeopleOfOrganisationSpec(organisationId, request.Search, MaxResults), cancellationToken);
        return Result<IReadOnlyList<PersonDto>>.Success([.. people.Select(p => p.ToDto())]);
    }
}

internal sealed class CreatePersonCommandHandler(IVaultRepository repository, ICurrentUser user, IMediator mediator, TimeProvider time) : IRequestHandler<CreatePersonCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(CreatePersonCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId)
        {
            return VaultErrors.NoOrganisation;
        }

        var account = await mediator.Send(new GetMyAccountQuery(), cancellationToken);
        var person = Person.Create(organisationId, account.IsSuccess ? account.Value.OrganisationName ?? "" : "", request.Person.ToDetails(), user.RequireUserId(), time.GetUtcNow());
        if (person.IsFailure)
        {
            return person.Error!;
        }

        repository.Add(person.Value);
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsSuccess ? person.Value.Id : saved.Error!;
    }
}

internal sealed class UpdatePersonCommandHandler(IVaultRepository repository, ICurrentUser user) : IRequestHandler<UpdatePersonCommand, Result>
{
    public async Task<Result> Handle(UpdatePersonCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new PersonOfOrganisationSpec(request.PersonId, organisationId), cancellationToken) is not { } person)
        {
            return VaultErrors.PersonNotFound;
        }

        var updated = person.Update(request.Person.ToDetails());
        return updated.IsFailure ? updated : await repository.SaveChangesAsync(cancellationToken);
    }
}

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

internal static class PeopleMapping
{
    public static PersonDetails ToDetails(this PersonInput input) =>
        new(input.LastName, input.FirstName, input.Company, input.Email, input.Mobile, input.AddressLine1, input.AddressLine2, input.PostalCode, input.City, input.Country);

    public static PersonDto ToDto(this Person person) =>
        new(person.Id, person.DisplayName, person.LastName, person.FirstName, person.Company, person.Email, person.Mobile,
            person.AddressLine1, person.AddressLine2, person.PostalCode, person.City, person.Country, person.LinkedUserId is not null, person.CreatedAt);

    public static InvitationDto ToDto(this Invitation invitation, ICodeProtector protector, DateTimeOffset now)
    {
        var state = invitation.StateAt(now);
        var code = state == InvitationState.Sent && invitation.ProtectedCode is { } protectedCode ? protector.Unprotect(protectedCode) : null;
        return new InvitationDto(invitation.Id, (InvitationStatus)state, (InvitationLinkChannel)invitation.LinkChannel, (InvitationCodeChannel)invitation.CodeChannel,
            code, invitation.Reminders, invitation.CreatedAt, invitation.LastSentAt, invitation.ExpiresAt, invitation.AcceptedAt, invitation.Comment);
    }
}
