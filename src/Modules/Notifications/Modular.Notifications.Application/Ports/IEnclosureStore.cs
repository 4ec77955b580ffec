using Modular.SharedKernel.Storage;

namespace Modular.Notifications.Application.Ports;

/// <summary>The module's copies of the files sent with messages, content-addressed.</summary>
internal interface IEnclosureStore
{
    Task<BlobInfo> PutAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>A seekable read stream, or null when the bytes are gone.</summary>
    Task<Stream?> OpenReadAsync(string id, CancellationToken cancellationToken);
}
