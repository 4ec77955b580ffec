using Microsoft.EntityFrameworkCore;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Domain;
using Modular.Delegation.Domain.Mandates;
using Modular.Delegation.Domain.Requests;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Specifications;

namespace Modular.Delegation.Infrastructure.Persistence;

internal sealed class DelegationRepository(DelegationDbContext context) : IDelegationRepository
{
    public Task<MandateRequest?> FindAsync(Specification<MandateRequest> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.MandateRequests, specification).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<MandateRequest>> ListAsync(Specification<MandateRequest> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.MandateRequests, specification).ToListAsync(cancellationToken);

    public void Add(MandateRequest request) => context.MandateRequests.Add(request);

    public Task<Mandate?> FindAsync(Specification<Mandate> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.Mandates, specification).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Mandate>> ListAsync(Specification<Mandate> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.Mandates, specification).ToListAsync(cancellationToken);

    public void Add(Mandate mandate) => context.Mandates.Add(mandate);

    public void Enqueue(IIntegrationEvent integrationEvent) => context.Enqueue(integrationEvent);

    public async Task<Result> SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException ex)
        {
            // Someone else moved the request (or the mandate) on a moment ago: signed, decided, revoked.
            context.ChangeTracker.Clear();
            return ex.Entries.Any(e => e.Entity is Mandate) ? DelegationErrors.MandateNotActive : DelegationErrors.RequestClosed;
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex, out _))
        {
            // A second approval of the same request, at the same moment.
            context.ChangeTracker.Clear();
            return DelegationErrors.RequestNotInQueue;
        }
    }
}
