namespace Modular.ClientPortal.Application.Ports;

/// <summary>A transaction of the module's store: disposed without <see cref="CommitAsync"/>, everything in it is undone.</summary>
internal interface IPortalTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}
