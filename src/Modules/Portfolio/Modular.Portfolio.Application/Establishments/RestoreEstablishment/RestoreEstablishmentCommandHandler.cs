using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.SharedKernel.Results;
using JournalEvent = Modular.Portfolio.Domain.Journal.JournalEvent;
using Responsibilities = Modular.Portfolio.Domain.Profiles.Responsibilities;

namespace Modular.Portfolio.Application.Establishments.RestoreEstablishment;

/// <summary>The administrator puts a removed establishment back, as it was.</summary>
internal sealed class RestoreEstablishmentCommandHandler(IPortfolioRepository repository, PortfolioAccess access, TimeProvider time)
    : IRequestHandler<RestoreEstablishmentCommand, Result<EstablishmentDto>>
{
    public async Task<Result<EstablishmentDto>> Handle(RestoreEstablishmentCommand request, CancellationToken cancellationToken)
    {
        var found = await access.EstablishmentAsync(request.Siret, Responsibilities.Manage, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var (caller, establishment) = found.Value;
        var restored = establishment.Restore();
        if (restored.IsFailure)
        {
            return restored.Error!;
        }

        repository.Add(caller.Journal(establishment, JournalEvent.Restored, time.GetUtcNow()));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsFailure ? saved.Error! : establishment.ToDto(caller);
    }
}
