using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Journal;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.SharedKernel.Results;
using JournalEvent = Modular.Portfolio.Domain.Journal.JournalEvent;
using Responsibilities = Modular.Portfolio.Domain.Profiles.Responsibilities;

namespace Modular.Portfolio.Application.Establishments.CompleteEstablishment;

/// <summary>Gives or corrects the name, the due day and the partner group (« compléter et gérer les établissements »).</summary>
internal sealed class CompleteEstablishmentCommandHandler(IPortfolioRepository repository, PortfolioAccess access, IPortfolioSettings settings, TimeProvider time)
    : IRequestHandler<CompleteEstablishmentCommand, Result<EstablishmentDto>>
{
    public async Task<Result<EstablishmentDto>> Handle(CompleteEstablishmentCommand request, CancellationToken cancellationToken)
    {
        var found = await access.EstablishmentAsync(request.Siret, Responsibilities.Manage, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var partner = PartnerGroups.Read(settings, request.PartnerGroup);
        if (partner.IsFailure)
        {
            return partner.Error;
        }

        var (caller, establishment) = found.Value;
        var completed = establishment.Complete(request.Name, (Domain.Establishments.DueDay?)request.DueDay, partner.Value);
        if (completed.IsFailure)
        {
            return completed.Error!;
        }

        repository.Add(caller.Journal(establishment, JournalEvent.Completed, time.GetUtcNow(), establishment.Details(settings)));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsFailure ? saved.Error! : establishment.ToDto(caller);
    }
}
