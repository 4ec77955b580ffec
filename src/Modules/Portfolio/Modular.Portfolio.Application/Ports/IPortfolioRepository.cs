using Modular.Portfolio.Domain.Deposits;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Filings;
using Modular.Portfolio.Domain.Journal;
using Modular.Portfolio.Domain.Profiles;
using Modular.Portfolio.Domain.Seeding;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Specifications;

namespace Modular.Portfolio.Application.Ports;

/// <summary>The module's store: establishments and their journal, deposits, filings, seeding requests, profiles and administrators, and its outbox.</summary>
internal interface IPortfolioRepository
{
    Task<Establishment?> FindAsync(Specification<Establishment> specification, CancellationToken cancellationToken);

    Task<IReadOnlyList<Establishment>> ListAsync(Specification<Establishment> specification, CancellationToken cancellationToken);

    /// <summary>How many establishments the specification matches, its page aside.</summary>
    Task<int> CountAsync(Specification<Establishment> specification, CancellationToken cancellationToken);

    void Add(Establishment establishment);

    Task<Deposit?> FindAsync(Specification<Deposit> specification, CancellationToken cancellationToken);

    void Add(Deposit deposit);

    Task<IReadOnlyList<Filing>> ListAsync(Specification<Filing> specification, CancellationToken cancellationToken);

    void Add(Filing filing);

    Task<IReadOnlyList<DelegationProfile>> ListAsync(Specification<DelegationProfile> specification, CancellationToken cancellationToken);

    void Add(DelegationProfile profile);

    void Remove(DelegationProfile profile);

    Task<PortfolioAdministrator?> FindAsync(Specification<PortfolioAdministrator> specification, CancellationToken cancellationToken);

    Task<IReadOnlyList<PortfolioAdministrator>> ListAsync(Specification<PortfolioAdministrator> specification, CancellationToken cancellationToken);

    void Add(PortfolioAdministrator administrator);

    void Remove(PortfolioAdministrator administrator);

    Task<IReadOnlyList<SeedingRequest>> ListAsync(Specification<SeedingRequest> specification, CancellationToken cancellationToken);

    void Add(SeedingRequest request);

    /// <summary>Claims a request's reminder (a conditional update): false when another pass, or an answer, came first.</summary>
    Task<bool> TryMarkSeedingRemindedAsync(Guid requestId, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<JournalEntry>> ListAsync(Specification<JournalEntry> specification, CancellationToken cancellationToken);

    void Add(JournalEntry entry);

    Task<IPortfolioTransaction> BeginTransactionAsync(CancellationToken cancellationToken);

    /// <summary>Adds an integration event to the module's outbox: saved with the next <see cref="SaveChangesAsync"/>, published after commit.</summary>
    void Enqueue(IIntegrationEvent integrationEvent);

    /// <summary>
    /// Saves; an establishment whose SIRET the firm already has gives <c>establishment-already-there</c>,
    /// and a file the firm deposited at the same moment gives a conflict the caller reads again; nothing is kept.
    /// </summary>
    Task<Result> SaveChangesAsync(CancellationToken cancellationToken);
}
