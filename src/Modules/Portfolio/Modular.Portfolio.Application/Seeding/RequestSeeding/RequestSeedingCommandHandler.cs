using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Journal;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain.Seeding;
using Modular.SharedKernel.Results;
using JournalEvent = Modular.Portfolio.Domain.Journal.JournalEvent;
using Responsibilities = Modular.Portfolio.Domain.Profiles.Responsibilities;

namespace Modular.Portfolio.Application.Seeding.RequestSeeding;

/// <summary>
/// « Demande d'amorçage »: offered on each add, by whoever may request it for the establishment. The
/// request, its journal line and the email's event are saved together; the email leaves from the
/// outbox to the partner group's address.
/// </summary>
internal sealed class RequestSeedingCommandHandler(IPortfolioRepository repository, PortfolioAccess access, IPortfolioSettings settings, TimeProvider time)
    : IRequestHandler<RequestSeedingCommand, Result<SeedingRequestDto>>
{
    public async Task<Result<SeedingRequestDto>> Handle(RequestSeedingCommand request, CancellationToken cancellationToken)
    {
        var found = await access.EstablishmentAsync(request.Siret, Responsibilities.RequestSeeding, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var (caller, establishment) = found.Value;
        var latest = (await repository.ListAsync(new SeedingRequestsOfEstablishmentSpec(establishment.Id), cancellationToken)).FirstOrDefault();
        var now = time.GetUtcNow();
        var email = establishment.PartnerGroup is { } partner ? settings.SeedingEmail(partner) : null;
        var asked = SeedingRequest.Ask(establishment, latest, email, caller.UserId, now);
        if (asked.IsFailure)
        {
            return asked.Error;
        }

        repository.Add(asked.Value);
        repository.Add(caller.Journal(establishment, JournalEvent.SeedingRequested, now, Journals.SeedingDetail(asked.Value, settings)));
        repository.Enqueue(SeedingEmails.For(asked.Value, establishment, settings, reminder: false, now));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsFailure ? saved.Error! : asked.Value.ToDto();
    }
}
