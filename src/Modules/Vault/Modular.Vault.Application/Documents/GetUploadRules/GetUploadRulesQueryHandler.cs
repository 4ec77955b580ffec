using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Storage;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain;

namespace Modular.Vault.Application.Documents.GetUploadRules;

internal sealed class GetUploadRulesQueryHandler(IVaultSettings settings) : IRequestHandler<GetUploadRulesQuery, Result<UploadRulesDto>>
{
    public Task<Result<UploadRulesDto>> Handle(GetUploadRulesQuery request, CancellationToken cancellationToken) =>
        Task.FromResult<Result<UploadRulesDto>>(new UploadRulesDto(settings.MaxFileBytes, FileType.Extensions));
}
