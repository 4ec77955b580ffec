using Modular.SharedKernel.Specifications;
using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Sharing.Application.Ports;
using Modular.Sharing.Contracts;
using Modular.Sharing.Domain.ShareKeys;

namespace Modular.Sharing.Application.ShareKeys.ListMyShareKeys;

internal sealed class ListMyShareKeysQueryHandler(ISharingRepository repository, ICurrentUser user, IMediator mediator, TimeProvider time) : IRequestHandler<ListMyShareKeysQuery, Result<PagedList<ShareKeyDto>>>
{
    public async Task<Result<PagedList<ShareKeyDto>>> Handle(ListMyShareKeysQuery request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (page, size) = Paging.Clamp(request.Page, request.PageSize);
        var spec = new MyShareKeysSpec(user.RequireUserId(), (ShareKeyState?)request.Status, now, page, size);
        var keys = await repository.ListAsync(spec, cancellationToken);
        var total = await repository.CountAsync(spec, cancellationToken);

        // Who imported each used key, by their name now (a page holds a few dozen keys at most).
        var names = new Dictionary<Guid, string>();
        foreach (var importer in keys.Select(k => k.UsedBy).OfType<Guid>().Distinct())
        {
            var contact = await mediator.Send(new GetAccountContactQuery(importer), cancellationToken);
            if (contact.IsSuccess)
            {
                names[importer] = contact.Value.DisplayName;
            }
        }

        return new PagedList<ShareKeyDto>(
            [.. keys.Select(k => new ShareKeyDto(
                k.Id, k.CaseFileId, k.ClientName, k.CreatedAt, k.ExpiresAt, (ShareKeyStatus)k.StateAt(now), k.UsedAt, k.RevokedAt,
                k.KeyEnding, k.RecipientEmail, k.UsedBy is { } by ? names.GetValueOrDefault(by) : null))],
            page,
            size,
            total);
    }
}
