using Microsoft.EntityFrameworkCore;
using Modular.Identity.Application.Ports;
using Modular.Identity.Domain.Organisations;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.SharedKernel.Specifications;

namespace Modular.Identity.Infrastructure.Persistence;

internal sealed class OrganisationRepository(IdentityDbContext context) : IOrganisationRepository
{
    public Task<Organisation?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        context.Organisations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Organisation>> ListAsync(Specification<Organisation> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.Organisations, specification).ToListAsync(cancellationToken);

    public Task<bool> AnyAsync(Specification<Organisation> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.ApplyFilter(context.Organisations, specification).AnyAsync(cancellationToken);

    public void Add(Organisation organisation) => context.Organisations.Add(organisation);

    public Task SaveChangesAsync(CancellationToken cancellationToken) => context.SaveChangesAsync(cancellationToken);
}
