using MediatR;
using Modular.SharedKernel.Results;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Links;

namespace Modular.Vault.Application.Links.GetDownloadSession;

/// <summary>
/// The download session a browser already opened with the right code: reloading the page, or
/// opening the link again in that browser, shows the documents again until the session ends.
/// </summary>
internal sealed class GetDownloadSessionQueryHandler(IVaultRepository repository, LinkSessions sessions) : IRequestHandler<GetDownloadSessionQuery, Result<DownloadSessionDto>>
{
    public async Task<Result<DownloadSessionDto>> Handle(GetDownloadSessionQuery request, CancellationToken cancellationToken)
    {
        var opened = await sessions.OpenAsync(request.Token, request.SessionToken, cancellationToken);
        if (opened.IsFailure)
        {
            return opened.Error;
        }

        var link = opened.Value;
        var documents = await repository.ListAsync(new DocumentsByIdsSpec(link.DocumentIds, link.OrganisationId), cancellationToken);
        return new DownloadSessionDto(request.SessionToken, link.SessionExpiresAt!.Value, [.. documents.Select(d => new DownloadFileDto(d.Id, d.Name, d.ContentType, d.Size))]);
    }
}
