using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain.Seeding;
using Modular.SharedKernel.Results;
using Responsibilities = Modular.Portfolio.Domain.Profiles.Responsibilities;

namespace Modular.Portfolio.Application.Seeding.ListSeedingRequests;

/// <summary>The establishment's « demandes d'amorçage », the latest first, for whoever sees it.</summary>
internal sealed class ListSeedingRequestsQueryHandler(IPortfolioRepository repository, PortfolioAccess access)
    : IRequestHandler<ListSeedingRequestsQuery, Result<IReadOnlyList<SeedingRequestDto>>>
{
    public async Task<Result<IReadOnlyList<SeedingRequestDto>>> Handle(ListSeedingRequestsQuery request, CancellationToken cancellationToken)
    {
        var found = await access.EstablishmentAsync(request.Siret, Responsibilities.View, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        return (await repository.ListAsync(new SeedingRequestsOfEstablishmentSpec(found.Value.Establishment.Id), cancellationToken)).Select(r => r.ToDto()).ToList();
    }
}
