using Modular.Portfolio.Application.Journal;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Journal;
using Modular.Portfolio.Domain.Seeding;

namespace Modular.Portfolio.Application.Seeding;

/// <summary>
/// Reminds a partner group of a « demande d'amorçage » left without an answer for
/// <see cref="SeedingRequest.ReminderAfter"/>: once per request (a conditional update claims it, in
/// the same transaction as the email's event and the journal line, so a crash reminds later and two
/// Hosts never twice). A request whose establishment was removed since is reminded all the same: the
/// partner still has it to answer.
/// </summary>
internal sealed class SeedingReminders(IPortfolioRepository repository, IPortfolioSettings settings, TimeProvider time)
{
    private const int Batch = 50;

    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sent = 0;
        foreach (var request in await repository.ListAsync(new SeedingRequestsToRemindSpec(now, Batch), cancellationToken))
        {
            if (await repository.FindAsync(new EstablishmentByIdSpec(request.FirmId, request.EstablishmentId), cancellationToken) is not { } establishment)
            {
                continue;
            }

            await using var transaction = await repository.BeginTransactionAsync(cancellationToken);
            if (!await repository.TryMarkSeedingRemindedAsync(request.Id, now, cancellationToken))
            {
                continue;
            }

            repository.Add(JournalEntry.Of(establishment, JournalEvent.SeedingReminded, null, null, now, Journals.SeedingDetail(request, settings)));
            repository.Enqueue(SeedingEmails.For(request, establishment, settings, reminder: true, now));
            if ((await repository.SaveChangesAsync(cancellationToken)).IsSuccess)
            {
                await transaction.CommitAsync(cancellationToken);
                sent++;
            }
        }

        return sent;
    }
}
