using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Domain;
using Modular.Portfolio.Domain.Deposits;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Filings;
using Modular.Portfolio.Domain.Journal;
using Modular.Portfolio.Domain.Profiles;
using Modular.Portfolio.Domain.Seeding;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Specifications;

namespace Modular.Portfolio.Infrastructure.Persistence;

internal sealed class PortfolioRepository(PortfolioDbContext context, ICurrentUser user) : IPortfolioRepository
{
    public Task<Establishment?> FindAsync(Specification<Establishment> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.Establishments, specification).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Establishment>> ListAsync(Specification<Establishment> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.Establishments, specification).ToListAsync(cancellationToken);

    public Task<int> CountAsync(Specification<Establishment> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.ApplyFilter(context.Establishments, specification).CountAsync(cancellationToken);

    public void Add(Establishment establishment) => context.Establishments.Add(establishment);

    public Task<Deposit?> FindAsync(Specification<Deposit> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.Deposits, specification).FirstOrDefaultAsync(cancellationToken);

    public void Add(Deposit deposit) => context.Deposits.Add(deposit);

    public async Task<IReadOnlyList<Filing>> ListAsync(Specification<Filing> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.Filings, specification).ToListAsync(cancellationToken);

    public void Add(Filing filing) => context.Filings.Add(filing);

    public async Task<IReadOnlyList<DelegationProfile>> ListAsync(Specification<DelegationProfile> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.Profiles, specification).ToListAsync(cancellationToken);

    public void Add(DelegationProfile profile) => context.Profiles.Add(profile);

    public void Remove(DelegationProfile profile) => context.Profiles.Remove(profile);

    public Task<PortfolioAdministrator?> FindAsync(Specification<PortfolioAdministrator> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.Administrators, specification).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<PortfolioAdministrator>> ListAsync(Specification<PortfolioAdministrator> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.Administrators, specification).ToListAsync(cancellationToken);

    public void Add(PortfolioAdministrator administrator) => context.Administrators.Add(administrator);

    public void Remove(PortfolioAdministrator administrator) => context.Administrators.Remove(administrator);

    public async Task<IReadOnlyList<SeedingRequest>> ListAsync(Specification<SeedingRequest> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.SeedingRequests, specification).ToListAsync(cancellationToken);

    public void Add(SeedingRequest request) => context.SeedingRequests.Add(request);

    public async Task<bool> TryMarkSeedingRemindedAsync(Guid requestId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await context.SeedingRequests
            .Where(r => r.Id == requestId && r.RemindedAt == null && r.Status == SeedingStatus.Requested)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.RemindedAt, now), cancellationToken) == 1;

    public async Task<IReadOnlyList<JournalEntry>> ListAsync(Specification<JournalEntry> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.Journal, specification).ToListAsync(cancellationToken);

    /// <summary>A history line, naming the mandatary who writes it when one acts for its actor.</summary>
    public void Add(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entry.WrittenBy(user.ActorId);
        context.Journal.Add(entry);
    }

    public async Task<IPortfolioTransaction> BeginTransactionAsync(CancellationToken cancellationToken) =>
        new Transaction(context, await context.Database.BeginModuleTransactionAsync(cancellationToken));

    public void Enqueue(IIntegrationEvent integrationEvent) => context.Enqueue(integrationEvent);

    public async Task<Result> SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex, out var table))
        {
            // Two requests at once: the same SIRET added twice, or the same file deposited twice.
            context.ChangeTracker.Clear();
            return table == "deposits" ? PortfolioErrors.DepositInProgress : PortfolioErrors.EstablishmentAlreadyThere;
        }
    }

    private sealed class Transaction(PortfolioDbContext context, IDbContextTransaction transaction) : ModuleTransaction(context, transaction), IPortfolioTransaction;
}
