using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Sharing.Application.Ports;
using Modular.Sharing.Contracts;
using Modular.Sharing.Domain;
using Modular.Sharing.Domain.CaseFiles;

namespace Modular.Sharing.Application.CaseFiles;

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

internal sealed class GetCaseFileQueryHandler(ISharingRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<GetCaseFileQuery, Result<CaseFileDto>>
{
    public async Task<Result<CaseFileDto>> Handle(GetCaseFileQuery request, CancellationToken cancellationToken) =>
        await repository.FindAsync(new CaseFileOfOwnerSpec(request.CaseFileId, user.RequireUserId()), cancellationToken) is { } caseFile
            ? caseFile.ToDto(time.GetUtcNow())
            : SharingErrors.CaseNotFound;
}

internal sealed class CreateCaseFileCommandHandler(ISharingRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<CreateCaseFileCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(CreateCaseFileCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId)
        {
            return SharingErrors.NoOrganisation;
        }

        var caseFile = CaseFile.Create(user.RequireUserId(), organisationId, request.Content.ToDomain(), time.GetUtcNow());
        repository.Add(caseFile);
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsSuccess ? caseFile.Id : saved.Error;
    }
}

internal sealed class UpdateCaseFileCommandHandler(ISharingRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<UpdateCaseFileCommand, Result<int>>
{
    public async Task<Result<int>> Handle(UpdateCaseFileCommand request, CancellationToken cancellationToken)
    {
        if (await repository.FindAsync(new CaseFileOfOwnerSpec(request.CaseFileId, user.RequireUserId()), cancellationToken) is not { } caseFile)
        {
            return SharingErrors.CaseNotFound;
        }

        var edited = caseFile.Edit(request.ExpectedRevision, request.Content.ToDomain(), time.GetUtcNow());
        if (edited.IsFailure)
        {
            return edited.Error;
        }

        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsSuccess ? caseFile.Revision : saved.Error;
    }
}

internal sealed class DeleteCaseFileCommandHandler(ISharingRepository repository, ICurrentUser user) : IRequestHandler<DeleteCaseFileCommand, Result>
{
    public async Task<Result> Handle(DeleteCaseFileCommand request, CancellationToken cancellationToken)
    {
        if (await repository.FindAsync(new CaseFileOfOwnerSpec(request.CaseFileId, user.RequireUserId()), cancellationToken) is not { } caseFile)
        {
            return SharingErrors.CaseNotFound;
        }

        repository.Remove(caseFile);
        return await repository.SaveChangesAsync(cancellationToken);
    }
}

internal sealed class RestoreCaseFileCommandHandler(ISharingRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<RestoreCaseFileCommand, Result<int>>
{
    public async Task<Result<int>> Handle(RestoreCaseFileCommand request, CancellationToken cancellationToken)
    {
        if (await repository.FindAsync(new CaseFileOfOwnerSpec(request.CaseFileId, user.RequireUserId()), cancellationToken) is not { } caseFile)
        {
            return SharingErrors.CaseNotFound;
        }

        var restored = caseFile.Restore(request.RestorePointId, time.GetUtcNow());
        if (restored.IsFailure)
        {
            return restored.Error;
        }

        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsSuccess ? caseFile.Revision : saved.Error;
    }
}
