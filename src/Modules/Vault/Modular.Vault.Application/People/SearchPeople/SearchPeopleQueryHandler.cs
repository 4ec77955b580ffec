using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Invitations;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.People.SearchPeople;

internal sealed class SearchPeopleQueryHandler(IVaultRepository repository, PendingInvitations pending, ICurrentUser user) : IRequestHandler<SearchPeopleQuery, Result<IReadOnlyList<PersonDto>>>
{
    private const int MaxResults = 200;

    public async Task<Result<IReadOnlyList<PersonDto>>> Handle(SearchPeopleQuery request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId)
        {
            return VaultErrors.NoOrganisation;
        }

        var people = await repository.ListAsync(new PeopleOfOrganisationSpec(organisationId, request.Search, MaxResults), cancellationToken);
        var waiting = await pending.OfAsync([.. people.Where(p => p.LinkedUserId is null).Select(p => p.Id)], cancellationToken);
        return Result<IReadOnlyList<PersonDto>>.Success([.. people.Select(p => p.ToDto(waiting.TryGetValue(p.Id, out var invitation) ? invitation : null))]);
    }
}
