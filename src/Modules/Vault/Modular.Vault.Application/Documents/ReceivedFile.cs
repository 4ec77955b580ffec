using Modular.SharedKernel.Storage;
using Modular.Vault.Domain.Documents;

namespace Modular.Vault.Application.Documents;

/// <summary>A file that passed the vault's upload rules, its bytes already in the blob store.</summary>
internal sealed record ReceivedFile(DocumentFileName Name, string ContentType, BlobInfo Blob);
