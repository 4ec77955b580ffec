using Modular.Delegation.Domain.Mandates;
using Modular.Delegation.Domain.Requests;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Specifications;

namespace Modular.Delegation.Application.Ports;

/// <summary>The module's store: mandate requests, mandates, and its outbox.</summary>
internal interface IDelegationRepository
{
    Task<MandateRequest?> FindAsync(Specification<MandateRequest> specification, CancellationToken cancellationToken);

    Task<IReadOnlyList<MandateRequest>> ListAsync(Specification<MandateRequest> specification, CancellationToken cancellationToken);

    void Add(MandateRequest request);

    Task<Mandate?> FindAsync(Specification<Mandate> specification, CancellationToken cancellationToken);

    Task<IReadOnlyList<Mandate>> ListAsync(Specification<Mandate> specification, CancellationToken cancellationToken);

    void Add(Mandate mandate);

    /// <summary>Adds an integration event to the module's outbox: saved with the next <see cref="SaveChangesAsync"/>, published after commit.</summary>
    void Enqueue(IIntegrationEvent integrationEvent);

    /// <summary>Saves; a request changed meanwhile by someone else, or decided twice, is a conflict and nothing is written.</summary>
    Task<Result> SaveChangesAsync(CancellationToken cancellationToken);
}
