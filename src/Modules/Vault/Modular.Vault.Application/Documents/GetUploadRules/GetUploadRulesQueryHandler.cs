using MediatR;
using Modular.SharedKernel.Results;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Documents;

namespace Modular.Vault.Application.Documents.GetUploadRules;

internal sealed class GetUploadRulesQueryHandler(IVaultSettings settings) : IRequestHandler<GetUploadRulesQuery, Result<UploadRulesDto>>
{
    public Task<Result<UploadRulesDto>> Handle(GetUploadRulesQuery request, CancellationToken cancellationToken) =>
        Task.FromResult<Result<UploadRulesDto>>(new UploadRulesDto(settings.MaxFileBytes, FileType.Extensions));
}
