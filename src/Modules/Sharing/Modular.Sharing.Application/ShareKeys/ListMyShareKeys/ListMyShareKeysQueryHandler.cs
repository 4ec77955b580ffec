using Modular.SharedKernel.Specifications;
using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Sharing.Application.Ports;
using Modular.Sharing.Contracts;
using Modular.Sharing.Domain.ShareKeys;

namespace Modular.Sharing.Application.ShareKeys.ListMyShareKeys;

internal sealed class ListMyShareKeysQueryHandler(ISharingRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<ListMyShareKeysQuery, Result<PagedList<ShareKeyDto>>>
{
    public async Task<Result<PagedList<ShareKeyDto>>> Handle(ListMyShareKeysQuery request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (page, size) = Paging.Clamp(request.Page, request.PageSize);
        var spec = new MyShareKeysSpec(user.RequireUserId(), (ShareKeyState?)request.Status, now, page, size);
        var keys = await repository.ListAsync(spec, cancellationToken);
        var total = await repository.CountAsync(spec, cancellationToken);
        return new PagedList<ShareKeyDto>(
            [.. keys.Select(k => new ShareKeyDto(k.Id, k.CaseFileId, k.ClientName, k.CreatedAt, k.ExpiresAt, (ShareKeyStatus)k.StateAt(now), k.UsedAt, k.RevokedAt))],
            page,
            size,
            total);
    }
}
