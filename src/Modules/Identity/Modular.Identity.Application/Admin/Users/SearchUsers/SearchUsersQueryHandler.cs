using Modular.SharedKernel.Specifications;
using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Admin;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Admin.Users.SearchUsers;

internal sealed class SearchUsersQueryHandler(IAccountStore accounts) : IRequestHandler<SearchUsersQuery, Result<PagedList<UserSummaryDto>>>
{
    public async Task<Result<PagedList<UserSummaryDto>>> Handle(SearchUsersQuery request, CancellationToken cancellationToken)
    {
        var (page, size) = Paging.Clamp(request.Page, request.PageSize);
        return await accounts.SearchAsync(request.Search?.Trim(), page, size, cancellationToken);
    }
}
