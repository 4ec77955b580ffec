using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.Account.GetMemberNames;

internal sealed class GetMemberNamesQueryHandler(IAccountStore accounts, ICurrentUser user) : IRequestHandler<GetMemberNamesQuery, Result<IReadOnlyDictionary<Guid, string>>>
{
    public async Task<Result<IReadOnlyDictionary<Guid, string>>> Handle(GetMemberNamesQuery request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId || request.UserIds.Count == 0)
        {
            return Result<IReadOnlyDictionary<Guid, string>>.Success(new Dictionary<Guid, string>());
        }

        var wanted = request.UserIds.ToHashSet();
        var members = await accounts.ListMembersAsync(organisationId, cancellationToken);
        return Result<IReadOnlyDictionary<Guid, string>>.Success(members.Where(m => wanted.Contains(m.Id)).ToDictionary(m => m.Id, m => m.DisplayName));
    }
}
