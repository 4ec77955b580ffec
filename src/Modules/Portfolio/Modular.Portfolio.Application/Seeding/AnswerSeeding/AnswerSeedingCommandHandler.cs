using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Establishments;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain;
using Modular.Portfolio.Domain.Seeding;
using Modular.SharedKernel.Results;
using JournalEvent = Modular.Portfolio.Domain.Journal.JournalEvent;
using Responsibilities = Modular.Portfolio.Domain.Profiles.Responsibilities;

namespace Modular.Portfolio.Application.Seeding.AnswerSeeding;

/// <summary>The administrator records the partner group's answer to a « demande d'amorçage »: accepted or refused.</summary>
internal sealed class AnswerSeedingCommandHandler(IPortfolioRepository repository, PortfolioAccess access, IPortfolioSettings settings, TimeProvider time)
    : IRequestHandler<AnswerSeedingCommand, Result<SeedingRequestDto>>
{
    public async Task<Result<SeedingRequestDto>> Handle(AnswerSeedingCommand request, CancellationToken cancellationToken)
    {
        var found = await access.EstablishmentAsync(request.Siret, Responsibilities.View, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var (caller, establishment) = found.Value;
        if (!caller.IsAdministrator)
        {
            return PortfolioErrors.NotAdministrator;
        }

        var requests = await repository.ListAsync(new SeedingRequestsOfEstablishmentSpec(establishment.Id, tracked: true), cancellationToken);
        if (requests.FirstOrDefault(r => r.Id == request.RequestId) is not { } seeding)
        {
            return PortfolioErrors.SeedingNotFound;
        }

        var now = time.GetUtcNow();
        var answered = seeding.Answer(request.Accepted, caller.UserId, now);
        if (answered.IsFailure)
        {
            return answered.Error!;
        }

        repository.Add(caller.Journal(establishment, request.Accepted ? JournalEvent.SeedingAccepted : JournalEvent.SeedingRefused, now, PartnerGroups.NameOf(settings, seeding.PartnerGroup)));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsFailure ? saved.Error! : seeding.ToDto();
    }
}
