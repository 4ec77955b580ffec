using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.UnitTests.Fakes;
using Modular.Vault.Application.Invitations;
using Modular.Vault.Application.Invitations.GrantByPersonalCode;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Invitations;

namespace Modular.UnitTests.Vault.Application;

/// <summary>
/// « Donner accès avec le code personnel »: a person who already has an account is let in at once
/// with the code they gave; their pending invitation is cancelled and their home page made. A code
/// that names no active account, or one already in the directory, lets nobody in.
/// </summary>
public sealed class GrantByPersonalCodeTests : VaultUseCaseTests
{
    private static readonly Guid Account = Guid.NewGuid();

    private OtherModules _identity = Accounts(new AccountSummaryDto(Account, "alain@example.fr", "Alain Dupont", null, IsActive: true));

    private static OtherModules Accounts(params AccountSummaryDto[] accounts) => new OtherModules().Answer<FindAccountByPersonalCodeQuery, Result<AccountSummaryDto>>(q =>
        q.Code == "ABCD1234" && accounts.Length > 0 ? accounts[0] : Error.NotFound("account-not-found", "Aucun compte."));

    private Task<Result> Grant(Guid personId, string code = "ABCD1234", Caller? caller = null) =>
        new GrantByPersonalCodeCommandHandler(Store, caller ?? Agent, _identity, new HomePages(Store), Clock).Handle(new GrantByPersonalCodeCommand(personId, code), Ct);

    [Fact]
    public async Task The_account_is_linked_the_pending_invitation_cancelled_and_the_home_page_made()
    {
        var person = StoredPerson();
        var invited = StoredInvitation(person, Now.AddDays(-1));

        Assert.True((await Grant(person.Id)).IsSuccess);

        Assert.Equal((Guid?)Account, person.LinkedUserId);
        Assert.Equal((InvitationState.Cancelled, (DateTimeOffset?)Now), (invited.StateAt(Now), invited.CancelledAt));
        var home = Assert.Single(Store.Folders, f => f.HomeOfPersonId == person.Id);
        Assert.Equal(home.Id, Assert.Single(Store.Journal).FolderId);
        Assert.Equal(1, Store.Saves);
    }

    [Fact]
    public async Task A_code_that_names_no_active_account_or_an_account_already_in_the_directory_lets_nobody_in()
    {
        var person = StoredPerson();
        var member = StoredPerson();
        member.LinkAccount(Account);

        Assert.Same(VaultErrors.PersonalCodeMissing, (await Grant(person.Id, "  ")).Error);
        Assert.Same(VaultErrors.PersonalCodeUnknown, (await Grant(person.Id, "ZZZZ9999")).Error);
        Assert.Same(VaultErrors.AccountAlreadyLinked, (await Grant(person.Id)).Error);
        Assert.Same(VaultErrors.AlreadyMember, (await Grant(member.Id)).Error);
        Assert.Same(VaultErrors.PersonNotFound, (await Grant(Guid.NewGuid())).Error);
        Assert.Same(VaultErrors.PersonNotFound, (await Grant(person.Id, caller: new Caller(AgentId, null))).Error);
        _identity = Accounts(new AccountSummaryDto(Guid.NewGuid(), "alain@example.fr", "Alain Dupont", null, IsActive: false));
        Assert.Same(VaultErrors.PersonalCodeUnknown, (await Grant(person.Id)).Error);
        var unavailable = Error.Forbidden("forbidden", "Refusé.");
        _identity = new OtherModules().Answer<FindAccountByPersonalCodeQuery, Result<AccountSummaryDto>>(_ => unavailable);
        Assert.Same(unavailable, (await Grant(person.Id)).Error);

        Assert.Null(person.LinkedUserId);
        Assert.DoesNotContain(Store.Folders, f => f.HomeOfPersonId is not null);
        Assert.Equal(0, Store.Saves);
    }
}
