using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Journal;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain;
using Modular.Portfolio.Domain.Establishments;
using Modular.SharedKernel.Results;
using JournalEvent = Modular.Portfolio.Domain.Journal.JournalEvent;

namespace Modular.Portfolio.Application.Establishments.AddEstablishment;

/// <summary>
/// « Ajout manuel », by the administrator: the SIRET (checked, normalised), the company's name, its
/// partner group and due day. A SIRET already in the portfolio is refused; one removed earlier comes
/// back with the details given (« re-add »).
/// </summary>
internal sealed class AddEstablishmentCommandHandler(IPortfolioRepository repository, PortfolioAccess access, IPortfolioSettings settings, TimeProvider time)
    : IRequestHandler<AddEstablishmentCommand, Result<EstablishmentDto>>
{
    public async Task<Result<EstablishmentDto>> Handle(AddEstablishmentCommand request, CancellationToken cancellationToken)
    {
        var caller = await access.AdministratorAsync(cancellationToken);
        if (caller.IsFailure)
        {
            return caller.Error;
        }

        var siret = Siret.Parse(request.Siret);
        if (siret.IsFailure)
        {
            return siret.Error;
        }

        var partner = PartnerGroups.Read(settings, request.PartnerGroup);
        if (partner.IsFailure)
        {
            return partner.Error;
        }

        var firm = caller.Value.FirmId;
        var now = time.GetUtcNow();
        Establishment establishment;
        if (await repository.FindAsync(new EstablishmentBySiretSpec(firm, siret.Value.Value), cancellationToken) is { } known)
        {
            if (known.RemovedAt is null)
            {
                return PortfolioErrors.EstablishmentAlreadyThere;
            }

            var completed = known.Complete(request.Name, (Domain.Establishments.DueDay?)request.DueDay, partner.Value);
            if (completed.IsFailure)
            {
                return completed.Error!;
            }

            known.Restore();
            establishment = known;
            repository.Add(caller.Value.Journal(establishment, JournalEvent.Restored, now, establishment.Details(settings)));
        }
        else
        {
            var added = Establishment.Manually(firm, siret.Value, request.Name, (Domain.Establishments.DueDay?)request.DueDay, partner.Value, now);
            if (added.IsFailure)
            {
                return added.Error;
            }

            establishment = added.Value;
            repository.Add(establishment);
            repository.Add(caller.Value.Journal(establishment, JournalEvent.AddedManually, now, establishment.Details(settings)));
        }

        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsFailure ? saved.Error! : establishment.ToDto(caller.Value);
    }
}
