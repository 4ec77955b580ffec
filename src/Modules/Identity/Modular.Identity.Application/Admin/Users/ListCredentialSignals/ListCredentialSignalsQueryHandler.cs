using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Admin;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Admin.Users.ListCredentialSignals;

/// <summary>The evidence the back office reads before reactivating an account ended for shared credentials.</summary>
internal sealed class ListCredentialSignalsQueryHandler(IAccountStore accounts, ISignInLog log) : IRequestHandler<ListCredentialSignalsQuery, Result<AccountSignalsDto>>
{
    public const int Shown = 100;

    public async Task<Result<AccountSignalsDto>> Handle(ListCredentialSignalsQuery request, CancellationToken cancellationToken)
    {
        if (await accounts.FindContactAsync(request.UserId, cancellationToken) is not { } contact)
        {
            return IdentityErrors.UserNotFound;
        }

        var signals = await log.SignalsAsync(request.UserId, Shown, cancellationToken);
        return new AccountSignalsDto(contact.UserId, contact.DisplayName, contact.Email, contact.IsActive, [.. signals.Select(s => new CredentialSignalDto(s.At, s.Kind.ToString(), s.Evidence, s.Settled))]);
    }
}
