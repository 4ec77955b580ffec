using Modular.SharedKernel.Specifications;
using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Sharing.Application.Ports;
using Modular.Sharing.Contracts;
using Modular.Sharing.Domain.CaseFiles;

namespace Modular.Sharing.Application.CaseFiles.ListMyCaseFiles;

internal sealed class ListMyCaseFilesQueryHandler(ISharingRepository repository, ICurrentUser user) : IRequestHandler<ListMyCaseFilesQuery, Result<PagedList<CaseFileSummaryDto>>>
{
    public async Task<Result<PagedList<CaseFileSummaryDto>>> Handle(ListMyCaseFilesQuery request, CancellationToken cancellationToken)
    {
        var (page, size) = Paging.Clamp(request.Page, request.PageSize);
        var spec = new MyCaseFilesSpec(user.RequireUserId(), request.Search, page, size);
        var items = await repository.ListAsync(spec, cancellationToken);
        var total = await repository.CountAsync(spec, cancellationToken);
        return new PagedList<CaseFileSummaryDto>([.. items.Select(c => c.ToSummary())], page, size, total);
    }
}
