using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.SharedKernel.Results;
using Responsibilities = Modular.Portfolio.Domain.Profiles.Responsibilities;

namespace Modular.Portfolio.Application.Establishments.RemoveEstablishment;

/// <summary>Takes the establishment out of the portfolio; its row, deposits and filings stay.</summary>
internal sealed class RemoveEstablishmentCommandHandler(IPortfolioRepository repository, PortfolioAccess access, TimeProvider time)
    : IRequestHandler<RemoveEstablishmentCommand, Result>
{
    public async Task<Result> Handle(RemoveEstablishmentCommand request, CancellationToken cancellationToken)
    {
        var found = await access.EstablishmentAsync(request.Siret, Responsibilities.Manage, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var removed = found.Value.Establishment.Remove(time.GetUtcNow());
        return removed.IsFailure ? removed : await repository.SaveChangesAsync(cancellationToken);
    }
}
