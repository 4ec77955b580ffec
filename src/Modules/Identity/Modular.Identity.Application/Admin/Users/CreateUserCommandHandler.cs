using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts;
using Modular.Identity.Contracts.Admin;
using Modular.Identity.Domain.Accounts;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Admin.Users;

internal sealed class CreateUserCommandHandler(IAccountStore accounts, IOrganisationRepository organisations, TimeProvider time)
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

        var personalCode = await NewPersonalCodeAsync(accounts, cancellationToken);
        var password = TemporaryPassword.Generate();
        var userId = Guid.CreateVersion7();
        var account = new NewAccount(userId, email.Value, request.DisplayName.Trim(), request.OrganisationId, request.Role, personalCode, MustChangePassword: true);
        var created = await accounts.CreateAsync(
            account,
            password,
            new UserCreatedIntegrationEvent(Guid.CreateVersion7(), time.GetUtcNow(), userId, request.OrganisationId, email.Value, request.Role),
            cancellationToken);
        return created.IsSuccess ? new CreatedUserDto(created.Value, password) : created.Error!;
    }

    /// <summary>Codes are random; a collision is unlikely but checked, and the unique index has the last word.</summary>
    internal static async Task<string> NewPersonalCodeAsync(IAccountStore accounts, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var code = PersonalIdentificationCode.Generate().Value;
            if (!await accounts.PersonalCodeExistsAsync(code, cancellationToken))
            {
                return code;
            }
        }

        throw new InvalidOperationException("Could not find a free personal identification code in 20 attempts.");
    }
}

internal sealed class CreateUserCommandValidator : IValidator<CreateUserCommand>
{
    public IEnumerable<ValidationFailure> Validate(CreateUserCommand request)
    {
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            yield return new ValidationFailure(nameof(request.Email), "L'adresse e-mail est obligatoire.");
        }

        if (string.IsNullOrWhiteSpace(request.DisplayName))
        {
            yield return new ValidationFailure(nameof(request.DisplayName), "Le nom est obligatoire.");
        }
        else if (request.DisplayName.Trim().Length > 200)
        {
            yield return new ValidationFailure(nameof(request.DisplayName), "Le nom ne peut dépasser 200 caractères.");
        }
    }
}
