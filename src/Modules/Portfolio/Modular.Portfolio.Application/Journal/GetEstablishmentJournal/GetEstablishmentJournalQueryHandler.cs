using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain.Journal;
using Modular.SharedKernel.Results;
using Responsibilities = Modular.Portfolio.Domain.Profiles.Responsibilities;

namespace Modular.Portfolio.Application.Journal.GetEstablishmentJournal;

/// <summary>
/// The establishment's history, for whoever sees it: the latest <see cref="Lines"/> lines, each
/// person named as the firm knows them now (someone who has left the firm is not named), and the
/// mandatary who wrote a line for them.
/// </summary>
internal sealed class GetEstablishmentJournalQueryHandler(IPortfolioRepository repository, PortfolioAccess access, IMediator mediator)
    : IRequestHandler<GetEstablishmentJournalQuery, Result<IReadOnlyList<JournalEntryDto>>>
{
    public const int Lines = 200;

    public async Task<Result<IReadOnlyList<JournalEntryDto>>> Handle(GetEstablishmentJournalQuery request, CancellationToken cancellationToken)
    {
        var found = await access.EstablishmentAsync(request.Siret, Responsibilities.View, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var (caller, establishment) = found.Value;
        var entries = await repository.ListAsync(new JournalOfEstablishmentSpec(establishment.Id, Lines), cancellationToken);
        var names = new Dictionary<Guid, string?>();
        foreach (var actor in entries.SelectMany(e => new[] { e.ActorId, e.ActingUserId }).OfType<Guid>().Distinct())
        {
            var contact = await mediator.Send(new GetAccountContactQuery(actor), cancellationToken);
            names[actor] = contact.IsSuccess && contact.Value.OrganisationId == caller.FirmId ? contact.Value.DisplayName : null;
        }

        return entries.Select(e => new JournalEntryDto(
            e.At, (Contracts.JournalEvent)e.Event, e.ActorId is { } id ? names[id] : e.ActorClientId, e.Detail)
        {
            ActingName = e.ActingUserId is { } acting ? names[acting] : null,
        }).ToList();
    }
}
