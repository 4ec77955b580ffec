using MediatR;
using Modular.SharedKernel.Results;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Links;

namespace Modular.Vault.Application.Links.GetDownloadLink;

internal sealed class GetDownloadLinkQueryHandler(IVaultRepository repository, TimeProvider time) : IRequestHandler<GetDownloadLinkQuery, Result<DownloadLinkPreviewDto>>
{
    public async Task<Result<DownloadLinkPreviewDto>> Handle(GetDownloadLinkQuery request, CancellationToken cancellationToken)
    {
        if (LinkTokens.HashOf(request.Token) is not { } hash || await repository.FindAsync(new DownloadLinkByTokenHashSpec(hash), cancellationToken) is not { } link)
        {
            return VaultErrors.LinkUnknown;
        }

        return new DownloadLinkPreviewDto(link.SenderOrganisationName, link.DocumentIds.Count, link.ExpiresAt, (DownloadLinkStatus)link.StateAt(time.GetUtcNow()), link.AttemptsLeft);
    }
}
