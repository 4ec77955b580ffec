using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Collections;

namespace Modular.Vault.Application.Collections;

/// <summary>
/// The automatic reminder, 2 days before a request's deadline ends, while items are missing: once
/// per request (a conditional update claims it before the email goes). It carries no link: only
/// the token's hash is kept, and a new token would break the first email's link (ADR 0020).
/// </summary>
internal sealed class CollectionReminders(IVaultRepository repository, TimeProvider time)
{
    private const int Batch = 50;

    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sent = 0;
        foreach (var collection in await repository.ListAsync(new CollectionRequestsToRemindSpec(now, Batch), cancellationToken))
        {
            if (!collection.AutomaticReminderDue(now))
            {
                continue;
            }

            // The claim and the email's event are committed together: a crash sends it later, never twice.
            await using var transaction = await repository.BeginTransactionAsync(cancellationToken);
            if (!await repository.TryMarkAutomaticReminderAsync(collection.Id, now, cancellationToken))
            {
                continue;
            }

            repository.Enqueue(CollectionEmails.For(collection, CollectionEmail.AutomaticReminder, collection.Language, senderName: "", protectedUrl: null, now));
            if ((await repository.SaveChangesAsync(cancellationToken)).IsSuccess)
            {
                await transaction.CommitAsync(cancellationToken);
                sent++;
            }
        }

        return sent;
    }
}
