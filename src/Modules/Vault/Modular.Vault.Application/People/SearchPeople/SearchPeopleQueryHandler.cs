using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.People.SearchPeople;

internal sealed class SearchPeopleQueryHandler(IVaultRepository repository, ICurrentUser user) : IRequestHandler<SearchPeopleQuery, Result<IReadOnlyList<PersonDto>>>
{
    private const int MaxResults = 200;

    public async Task<Result<IReadOnlyList<PersonDto>>> Handle(SearchPeopleQuery request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId)
        {
            return VaultErrors.NoOrganisation;
        }

        var people = await repository.ListAsync(new PeopleOfOrganisationSpec(organisationId, request.Search, MaxResults), cancellationToken);
        return Result<IReadOnlyList<PersonDto>>.Success([.. people.Select(p => p.ToDto())]);
    }
}
