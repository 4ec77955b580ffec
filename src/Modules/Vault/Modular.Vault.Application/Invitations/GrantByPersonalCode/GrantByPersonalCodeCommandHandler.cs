using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Invitations;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.Invitations.GrantByPersonalCode;

/// <summary>A person who already has an account is given access at once with their personal identification code.</summary>
internal sealed class GrantByPersonalCodeCommandHandler(IVaultRepository repository, ICurrentUser user, IMediator mediator, HomePages homePages, TimeProvider time)
    : IRequestHandler<GrantByPersonalCodeCommand, Result>
{
    public async Task<Result> Handle(GrantByPersonalCodeCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new PersonOfOrganisationSpec(request.PersonId, organisationId), cancellationToken) is not { } person)
        {
            return VaultErrors.PersonNotFound;
        }

        if (person.LinkedUserId is not null)
        {
            return VaultErrors.AlreadyMember;
        }

        if (string.IsNullOrWhiteSpace(request.PersonalCode))
        {
            return VaultErrors.PersonalCodeMissing;
        }

        var account = await mediator.Send(new FindAccountByPersonalCodeQuery(request.PersonalCode), cancellationToken);
        if (account.IsFailure || !account.Value.IsActive)
        {
            return account.IsFailure && account.Error!.Kind != ErrorKind.NotFound ? account.Error : VaultErrors.PersonalCodeUnknown;
        }

        if (await repository.FindAsync(new PersonLinkedToSpec(organisationId, account.Value.Id), cancellationToken) is not null)
        {
            return VaultErrors.AccountAlreadyLinked;
        }

        var linked = person.LinkAccount(account.Value.Id);
        if (linked.IsFailure)
        {
            return linked;
        }

        var now = time.GetUtcNow();
        foreach (var pending in (await repository.ListAsync(new InvitationsOfPersonSpec(person.Id), cancellationToken)).Where(i => i.StateAt(now) == InvitationState.Sent))
        {
            pending.Cancel(now);
        }

        await homePages.EnsureAsync(person, user.RequireUserId(), now, cancellationToken);
        return await repository.SaveChangesAsync(cancellationToken);
    }
}
