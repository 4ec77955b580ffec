using Modular.Identity.Domain.Organisations;
using Modular.SharedKernel.Specifications;

namespace Modular.Identity.Application.Ports;

internal interface IOrganisationRepository
{
    Task<Organisation?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Organisation>> ListAsync(Specification<Organisation> specification, CancellationToken cancellationToken);

    Task<bool> AnyAsync(Specification<Organisation> specification, CancellationToken cancellationToken);

    void Add(Organisation organisation);

    Task SaveChangesAsync(CancellationToken cancellationToken);
}
