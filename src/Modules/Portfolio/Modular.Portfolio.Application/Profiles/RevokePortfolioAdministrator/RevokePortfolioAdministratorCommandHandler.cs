using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain.Profiles;
using Modular.SharedKernel.Results;

namespace Modular.Portfolio.Application.Profiles.RevokePortfolioAdministrator;

/// <summary>Takes the portfolio-administrator right back (the agent keeps what their profiles give); one not given is already gone.</summary>
internal sealed class RevokePortfolioAdministratorCommandHandler(IPortfolioRepository repository, PortfolioAccess access)
    : IRequestHandler<RevokePortfolioAdministratorCommand, Result>
{
    public async Task<Result> Handle(RevokePortfolioAdministratorCommand request, CancellationToken cancellationToken)
    {
        var caller = await access.AdministratorAsync(cancellationToken);
        if (caller.IsFailure)
        {
            return caller.Error!;
        }

        if (await repository.FindAsync(new AdministratorSpec(caller.Value.FirmId, request.UserId, tracked: true), cancellationToken) is not { } granted)
        {
            return Result.Success();
        }

        repository.Remove(granted);
        return await repository.SaveChangesAsync(cancellationToken);
    }
}
