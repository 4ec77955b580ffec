using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Journal;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain;
using Modular.Portfolio.Domain.Deposits;
using Modular.Portfolio.Domain.Dsn;
using Modular.Portfolio.Domain.Establishments;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Storage;
using JournalEvent = Modular.Portfolio.Domain.Journal.JournalEvent;
using Responsibilities = Modular.Portfolio.Domain.Profiles.Responsibilities;

namespace Modular.Portfolio.Application.Deposits.DepositDsn;

/// <summary>
/// « Déposer une DSN ». The file streams into the module's store under its SHA-256, within the size
/// limit; the same bytes deposited before by the firm find that deposit, and nothing is added again.
/// The file is then read from the store (ADR 0038): any structural problem refuses it whole, with
/// every problem and its line, and its bytes are dropped. Otherwise each declaration adds its
/// establishment or records its filing (<see cref="DepositPlanner"/>), all in one save.
/// </summary>
internal sealed class DepositDsnCommandHandler(
    IPortfolioRepository repository, IPortfolioBlobs blobs, IPortfolioSettings settings, PortfolioAccess access, TimeProvider time)
    : IRequestHandler<DepositDsnCommand, Result<DepositDto>>
{
    public async Task<Result<DepositDto>> Handle(DepositDsnCommand request, CancellationToken cancellationToken)
    {
        var caller = await access.CallerAsync(cancellationToken);
        if (caller.IsFailure)
        {
            return caller.Error;
        }

        if (!caller.Value.MayDeposit)
        {
            return PortfolioErrors.ResponsibilityMissing;
        }

        BlobInfo blob;
        try
        {
            await using var limited = new SizeLimitedStream(ReadOnlyMemory<byte>.Empty, request.Content, settings.MaxFileBytes);
            blob = await blobs.PutAsync(limited, cancellationToken);
        }
        catch (SizeLimitExceededException)
        {
            return PortfolioErrors.DsnTooLarge(settings.MaxFileBytes);
        }

        var firm = caller.Value.FirmId;
        if (await repository.FindAsync(new DepositBySha256Spec(firm, blob.Id), cancellationToken) is { } earlier)
        {
            return earlier.ToDto(alreadyDeposited: true);
        }

        DsnReading reading;
        await using (var stored = await blobs.OpenReadAsync(blob.Id, cancellationToken)
            ?? throw new InvalidOperationException($"The DSN {blob.Id} just stored cannot be read."))
        {
            reading = await DsnReader.ReadAsync(stored, cancellationToken);
        }

        if (!reading.IsValid)
        {
            await DiscardAsync(blob.Id, cancellationToken);
            return reading.Problems is [{ Code: "dsn-empty" } empty] ? empty : PortfolioErrors.DsnRefused(reading.Problems);
        }

        var envoi = reading.Envoi!;
        var sirets = envoi.Declarations.Select(d => d.Siret.Value).Distinct().ToList();
        var existing = (await repository.ListAsync(new EstablishmentsBySiretsSpec(firm, sirets), cancellationToken)).ToDictionary(e => e.Siret, StringComparer.Ordinal);
        var who = caller.Value;
        var plan = DepositPlanner.Plan(
            firm, envoi, FileName(request.FileName), blob.Id, blob.Length, who.UserId, who.UserId is null ? who.ClientId : null,
            existing, who.IsAdministrator ? null : e => who.May(e, Responsibilities.Deposit), time.GetUtcNow());
        repository.Add(plan.Deposit);
        foreach (var establishment in plan.Added)
        {
            repository.Add(establishment);
            repository.Add(who.Journal(establishment, JournalEvent.AddedByDsn, plan.Deposit.DepositedAt, plan.Deposit.FileName));
        }

        foreach (var establishment in plan.Declared.Where(e => e.DeclaredAddress is not null))
        {
            repository.Add(who.Journal(establishment, JournalEvent.AddressDiffers, plan.Deposit.DepositedAt, establishment.DeclaredAddress!.ToString()));
        }

        var byId = existing.Values.Concat(plan.Added).ToDictionary(e => e.Id);
        foreach (var filing in plan.Filings)
        {
            repository.Add(filing);
            repository.Add(who.Journal(byId[filing.EstablishmentId], JournalEvent.Deposited, filing.DepositedAt, Journals.DepositDetail(filing, plan.Deposit.FileName)));
        }

        var saved = await repository.SaveChangesAsync(cancellationToken);
        if (saved.IsFailure)
        {
            // The same file deposited at the same moment by another request of the firm: that one is the deposit.
            return await repository.FindAsync(new DepositBySha256Spec(firm, blob.Id), cancellationToken) is { } concurrent
                ? concurrent.ToDto(alreadyDeposited: true)
                : saved.Error!;
        }

        return plan.Deposit.ToDto(alreadyDeposited: false);
    }

    private static string FileName(string? name)
    {
        var leaf = Path.GetFileName((name ?? "").Replace('\\', '/'));
        var clean = new string([.. leaf.Where(c => !char.IsControl(c))]).Trim();
        return clean.Length == 0 ? "dsn.txt" : clean;
    }

    /// <summary>Drops bytes no deposit holds (another firm may have deposited the same file).</summary>
    private async Task DiscardAsync(string blobId, CancellationToken cancellationToken)
    {
        if (await repository.FindAsync(new DepositWithBlobSpec(blobId), cancellationToken) is null)
        {
            await blobs.DeleteAsync(blobId, cancellationToken);
        }
    }
}
