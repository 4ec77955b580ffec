using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts;
using Modular.Identity.Contracts.Account;
using Modular.Identity.Contracts.Admin;
using Modular.Identity.Domain.Accounts;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Admin.Users.CreateUser;

internal sealed class CreateUserCommandHandler(IAccountStore accounts, IOrganisationRepository organisations, PersonalCodeGenerator personalCodes, TimeProvider time)
    : IRequestHandler<CreateUserCommand, Result<CreatedUserDto>>
{
    public async Task<Result<CreatedUserDto>> Handle(CreateUserCommand request, CancellationToken cancellationToken)
    {
        if (EmailAddress.TryParse(request.Email) is not { } email)
        {
            return IdentityErrors.EmailInvalid;
        }

        if (!IdentityRoles.All.Contains(request.Role))
        {
            return IdentityErrors.RoleUnknown;
        }

        if (request.OrganisationId is { } organisationId)
        {
            if (await organisations.FindAsync(organisationId, cancellationToken) is null)
            {
                return IdentityErrors.OrganisationNotFound;
            }
        }
        else if (request.Role != IdentityRoles.External)
        {
            return IdentityErrors.OrganisationRequired;
        }

        if (await accounts.EmailExistsAsync(email.Value, cancellationToken))
        {
            return IdentityErrors.EmailTaken;
        }

        var personalCode = await personalCodes.NewCodeAsync(cancellationToken);
        var password = TemporaryPassword.Generate();
        var userId = Guid.CreateVersion7();
        var account = new NewAccount(userId, email.Value, request.DisplayName.Trim(), request.OrganisationId, request.Role, personalCode, MustChangePassword: true, PreferredLanguages.Default);
        var created = await accounts.CreateAsync(
            account,
            password,
            [new UserCreatedIntegrationEvent(Guid.CreateVersion7(), time.GetUtcNow(), userId, request.OrganisationId, email.Value, request.Role)],
            cancellationToken);
        return created.IsSuccess ? new CreatedUserDto(created.Value, password) : created.Error!;
    }
}
