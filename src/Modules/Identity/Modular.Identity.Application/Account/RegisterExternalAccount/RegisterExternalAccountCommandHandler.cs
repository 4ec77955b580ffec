using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Account.RegisterExternalAccount;

/// <summary>
/// Creates the account of someone invited from outside (External role, no organisation) with the
/// password they chose, and signs them in. Only flows that have already checked an invitation
/// (link and code) send it; the password policy is the same as for everyone.
/// </summary>
internal sealed class RegisterExternalAccountCommandHandler(IAccountStore accounts, PersonalCodeGenerator personalCodes, ISignInService signIn, TimeProvider time)
    : IRequestHandler<RegisterExternalAccountCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(RegisterExternalAccountCommand request, CancellationToken cancellationToken)
    {
        if (EmailAddress.TryParse(request.Email) is not { } email)
        {
            return IdentityErrors.EmailInvalid;
        }

        if (await accounts.EmailExistsAsync(email.Value, cancellationToken))
        {
            return IdentityErrors.EmailTakenSignIn;
        }

        var userId = Guid.CreateVersion7();
        var personalCode = await personalCodes.NewCodeAsync(cancellationToken);
        var account = new NewAccount(userId, email.Value, request.DisplayName.Trim(), null, IdentityRoles.External, personalCode, MustChangePassword: false, request.PreferredLanguage);
        var created = await accounts.CreateAsync(
            account,
            request.Password,
            new UserCreatedIntegrationEvent(Guid.CreateVersion7(), time.GetUtcNow(), userId, null, email.Value, IdentityRoles.External),
            cancellationToken);
        if (created.IsFailure)
        {
            return created.Error!;
        }

        await signIn.PasswordSignInAsync(email.Value, request.Password, rememberMe: false, cancellationToken);
        return userId;
    }
}
