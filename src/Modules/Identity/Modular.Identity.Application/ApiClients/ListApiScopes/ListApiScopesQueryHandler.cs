using MediatR;
using Modular.Identity.Contracts.ApiClients;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.ApiClients.ListApiScopes;

internal sealed class ListApiScopesQueryHandler(IEnumerable<ApiScopeDefinition> scopes) : IRequestHandler<ListApiScopesQuery, Result<IReadOnlyList<ApiScopeDefinition>>>
{
    public Task<Result<IReadOnlyList<ApiScopeDefinition>>> Handle(ListApiScopesQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(Result<IReadOnlyList<ApiScopeDefinition>>.Success([.. scopes.OrderBy(s => s.Name, StringComparer.Ordinal)]));
}
