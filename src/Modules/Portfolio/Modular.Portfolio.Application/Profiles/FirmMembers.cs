using MediatR;
using Modular.Identity.Contracts.Account;

namespace Modular.Portfolio.Application.Profiles;

/// <summary>Whether people are active accounts of the firm: profiles and the administrator right are given to them only.</summary>
internal sealed class FirmMembers(IMediator mediator)
{
    public async Task<bool> AllActiveAsync(Guid firmId, IEnumerable<Guid> userIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        foreach (var userId in userIds.Distinct())
        {
            var contact = await mediator.Send(new GetAccountContactQuery(userId), cancellationToken);
            if (contact.IsFailure || !contact.Value.IsActive || contact.Value.OrganisationId != firmId)
            {
                return false;
            }
        }

        return true;
    }
}
