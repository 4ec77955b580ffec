using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Sharing.Application.Ports;
using Modular.Sharing.Contracts;
using Modular.Sharing.Domain;
using Modular.Sharing.Domain.CaseFiles;

namespace Modular.Sharing.Application.CaseFiles.GetCaseFile;

/// <summary>The caller's case file, its history naming who wrote each line (a mandatary, and whom they acted for).</summary>
internal sealed class GetCaseFileQueryHandler(ISharingRepository repository, ICurrentUser user, IMediator mediator, TimeProvider time) : IRequestHandler<GetCaseFileQuery, Result<CaseFileDto>>
{
    public async Task<Result<CaseFileDto>> Handle(GetCaseFileQuery request, CancellationToken cancellationToken)
    {
        if (await repository.FindAsync(new CaseFileOfOwnerSpec(request.CaseFileId, user.RequireUserId()), cancellationToken) is not { } caseFile)
        {
            return SharingErrors.CaseNotFound;
        }

        var dto = caseFile.ToDto(time.GetUtcNow());
        var ids = dto.History.SelectMany(h => new[] { (Guid?)h.ActorId, h.ActingUserId }).OfType<Guid>().ToHashSet();
        var found = ids.Count == 0 ? null : await mediator.Send(new GetMemberNamesQuery(ids), cancellationToken);
        var names = found is { IsSuccess: true } ? found.Value : new Dictionary<Guid, string>();
        return dto with
        {
            History =
            [
                .. dto.History.Select(h => h with
                {
                    ActorName = names.GetValueOrDefault(h.ActorId),
                    ActingName = h.ActingUserId is { } acting ? names.GetValueOrDefault(acting) : null,
                }),
            ],
        };
    }
}
