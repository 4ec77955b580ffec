using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.SharedKernel.Results;
using JournalEvent = Modular.Portfolio.Domain.Journal.JournalEvent;
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

        var (caller, establishment) = found.Value;
        var now = time.GetUtcNow();
        var removed = establishment.Remove(now);
        if (removed.IsFailure)
        {
            return removed;
        }

        repository.Add(caller.Journal(establishment, JournalEvent.Removed, now));
        return await repository.SaveChangesAsync(cancellationToken);
    }
}
