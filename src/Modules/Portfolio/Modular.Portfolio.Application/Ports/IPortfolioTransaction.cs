namespace Modular.Portfolio.Application.Ports;

/// <summary>A transaction of the module's store: disposed without <see cref="CommitAsync"/>, everything in it is undone.</summary>
internal interface IPortfolioTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}
