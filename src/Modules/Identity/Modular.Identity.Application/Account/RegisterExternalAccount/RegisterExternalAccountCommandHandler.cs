using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Account.RegisterExternalAccount;

/// <summary>
/// Creates the account of someone invited from outside (External role, no organisation) with the
/// password they chose. Only flows that have already checked an invitation (link and code) send it;
/// the password policy is the same as for everyone. The invited address is trusted (the invitation
/// reached it); any other is proved by a mailed code first, with one answer whatever the address.
/// </summary>
internal sealed class RegisterExternalAccountCommandHandler(
    IAccountStore accounts, IExternalRegistration registration, PersonalCodeGenerator personalCodes, ISignInService signIn, TimeProvider time)
    : IRequestHandler<RegisterExternalAccountCommand, Result<RegistrationOutcome>>
{
    public async Task<Result<RegistrationOutcome>> Handle(RegisterExternalAccountCommand request, CancellationToken cancellationToken)
    {
        if (EmailAddress.TryParse(request.Email) is not { } email)
        {
            return IdentityErrors.EmailInvalid;
        }

        var userId = Guid.CreateVersion7();
        var personalCode = await personalCodes.NewCodeAsync(cancellationToken);
        var account = new NewAccount(userId, email.Value, request.DisplayName.Trim(), null, IdentityRoles.External, personalCode, MustChangePassword: false, request.PreferredLanguage);
        if (EmailAddress.TryParse(request.InvitedEmail) is not { } invited || !string.Equals(invited.Value, email.Value, StringComparison.OrdinalIgnoreCase))
        {
            var requested = await registration.RequestAsync(account, request.Password, cancellationToken);
            return requested.IsSuccess ? RegistrationOutcome.CodeSent : requested.Error!;
        }

        // The invitation's own address: the person holds its link and code, so telling them it has
        // an account (to sign in with) tells them nothing about anyone else.
        if (await accounts.EmailExistsAsync(email.Value, cancellationToken))
        {
            return IdentityErrors.EmailTakenSignIn;
        }

        var created = await accounts.CreateAsync(
            account,
            request.Password,
            [new UserCreatedIntegrationEvent(Guid.CreateVersion7(), time.GetUtcNow(), userId, null, email.Value, IdentityRoles.External)],
            cancellationToken);
        if (created.IsFailure)
        {
            return created.Error!;
        }

        await signIn.SignInProvedAccountAsync(userId, cancellationToken);
        return RegistrationOutcome.SignedIn;
    }
}
