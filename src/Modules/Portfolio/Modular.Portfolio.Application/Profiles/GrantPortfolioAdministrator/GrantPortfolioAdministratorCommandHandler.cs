using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain;
using Modular.Portfolio.Domain.Profiles;
using Modular.SharedKernel.Results;

namespace Modular.Portfolio.Application.Profiles.GrantPortfolioAdministrator;

/// <summary>Gives an active account of the firm the portfolio-administrator right; given twice, it stays once.</summary>
internal sealed class GrantPortfolioAdministratorCommandHandler(IPortfolioRepository repository, PortfolioAccess access, FirmMembers members, TimeProvider time)
    : IRequestHandler<GrantPortfolioAdministratorCommand, Result>
{
    public async Task<Result> Handle(GrantPortfolioAdministratorCommand request, CancellationToken cancellationToken)
    {
        var caller = await access.AdministratorAsync(cancellationToken);
        if (caller.IsFailure)
        {
            return caller.Error!;
        }

        var firm = caller.Value.FirmId;
        if (!await members.AllActiveAsync(firm, [request.UserId], cancellationToken))
        {
            return PortfolioErrors.AdministratorUnknown;
        }

        if (await repository.FindAsync(new AdministratorSpec(firm, request.UserId), cancellationToken) is not null)
        {
            return Result.Success();
        }

        repository.Add(PortfolioAdministrator.Grant(firm, request.UserId, time.GetUtcNow()));
        var saved = await repository.SaveChangesAsync(cancellationToken);

        // Granted at the same moment by another request: the right is there all the same.
        return saved.IsSuccess || await repository.FindAsync(new AdministratorSpec(firm, request.UserId), cancellationToken) is not null ? Result.Success() : saved;
    }
}
