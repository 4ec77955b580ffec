using Microsoft.EntityFrameworkCore;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Domain;
using Modular.Portfolio.Domain.Deposits;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Filings;
using Modular.Portfolio.Domain.Profiles;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Specifications;

namespace Modular.Portfolio.Infrastructure.Persistence;

internal sealed class PortfolioRepository(PortfolioDbContext context) : IPortfolioRepository
{
    public Task<Establishment?> FindAsync(Specification<Establishment> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.Establishments, specification).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Establishment>> ListAsync(Specification<Establishment> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.Establishments, specification).ToListAsync(cancellationToken);

    public void Add(Establishment establishment) => context.Establishments.Add(establishment);

    public Task<Deposit?> FindAsync(Specification<Deposit> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.Deposits, specification).FirstOrDefaultAsync(cancellationToken);

    public void Add(Deposit deposit) => context.Deposits.Add(deposit);

    public async Task<IReadOnlyList<Filing>> ListAsync(Specification<Filing> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.Filings, specification).ToListAsync(cancellationToken);

    public void Add(Filing filing) => context.Filings.Add(filing);

    public async Task<IReadOnlyList<DelegationProfile>> ListAsync(Specification<DelegationProfile> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.Profiles, specification).ToListAsync(cancellationToken);

    public Task<PortfolioAdministrator?> FindAsync(Specification<PortfolioAdministrator> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.Administrators, specification).FirstOrDefaultAsync(cancellationToken);

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
}
