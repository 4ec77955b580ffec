using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts;
using Modular.Identity.Contracts.Account;
using Modular.Identity.Contracts.Mandataries;
using Modular.Identity.Domain.Accounts;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.Mandataries.ProvisionMandataryAccount;

/// <summary>
/// The mandatary's account on approval: kept when they are already an agent of the organisation;
/// otherwise made with a username of its own and a temporary password, the account and its two
/// split emails (as one outbox event) committed together.
/// </summary>
internal sealed class ProvisionMandataryAccountCommandHandler(
    IAccountStore accounts, IOrganisationRepository organisations, PersonalCodeGenerator personalCodes, ISecretProtector secrets, TimeProvider time)
    : IRequestHandler<ProvisionMandataryAccountCommand, Result<MandataryAccountDto>>
{
    public async Task<Result<MandataryAccountDto>> Handle(ProvisionMandataryAccountCommand request, CancellationToken cancellationToken)
    {
        if (EmailAddress.TryParse(request.MandataryEmail) is not { } email)
        {
            return IdentityErrors.EmailInvalid;
        }

        if (await organisations.FindAsync(request.OrganisationId, cancellationToken) is null)
        {
            return IdentityErrors.OrganisationNotFound;
        }

        var owner = await accounts.FindEmailOwnerAsync(email.Value, cancellationToken);
        if (owner.Taken)
        {
            return owner.IsAgent && owner.OrganisationId == request.OrganisationId
                ? new MandataryAccountDto(owner.UserId!.Value, Created: false)
                : IdentityErrors.MandataryEmailTaken;
        }

        var userName = MandataryUserName.Generate();
        while (await accounts.UserNameExistsAsync(userName, cancellationToken))
        {
            userName = MandataryUserName.Generate();
        }

        var now = time.GetUtcNow();
        var password = TemporaryPassword.Generate();
        var userId = Guid.CreateVersion7(now);
        var account = new NewAccount(
            userId, email.Value, request.MandataryName.Trim(), request.OrganisationId, IdentityRoles.Agent, await personalCodes.NewCodeAsync(cancellationToken),
            MustChangePassword: true, PreferredLanguages.IsSupported(request.Language) ? request.Language : PreferredLanguages.Default, userName);
        var created = await accounts.CreateAsync(
            account,
            password,
            [
                new UserCreatedIntegrationEvent(Guid.CreateVersion7(now), now, userId, request.OrganisationId, email.Value, IdentityRoles.Agent),
                new MandataryCredentialsIntegrationEvent(
                    Guid.CreateVersion7(now), now, userId, userName, secrets.Protect(password), account.DisplayName, email.Value, request.MandatorName, request.MandatorEmail,
                    request.ServiceFrench, request.ServiceEnglish, account.PreferredLanguage),
            ],
            cancellationToken);
        return created.IsSuccess ? new MandataryAccountDto(created.Value, Created: true) : created.Error!;
    }
}
