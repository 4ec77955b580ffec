using MediatR;
using Modular.SharedKernel.Results;
using Modular.Vault.Contracts;

namespace Modular.Vault.Application.Links.GetDownloadSession;

/// <summary>
/// The download session a browser already opened with the right code: reloading the page, or
/// opening the link again in that browser, shows the documents again until the session ends.
/// </summary>
internal sealed class GetDownloadSessionQueryHandler(LinkSessions sessions) : IRequestHandler<GetDownloadSessionQuery, Result<DownloadSessionDto>>
{
    public async Task<Result<DownloadSessionDto>> Handle(GetDownloadSessionQuery request, CancellationToken cancellationToken)
    {
        var opened = await sessions.OpenAsync(request.Token, request.SessionToken, cancellationToken);
        if (opened.IsFailure)
        {
            return opened.Error;
        }

        return await sessions.DescribeAsync(opened.Value, request.SessionToken, opened.Value.SessionExpiresAt!.Value, cancellationToken);
    }
}
