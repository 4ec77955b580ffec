using Modular.SharedKernel.Storage;

namespace Modular.Portfolio.Application.Ports;

/// <summary>The portfolio's own content-addressed store of deposited DSN files (ADR 0033's rule: a module that deletes bytes owns them).</summary>
internal interface IPortfolioBlobs
{
    Task<BlobInfo> PutAsync(Stream content, CancellationToken cancellationToken);

    Task<Stream?> OpenReadAsync(string id, CancellationToken cancellationToken);

    Task DeleteAsync(string id, CancellationToken cancellationToken);
}
