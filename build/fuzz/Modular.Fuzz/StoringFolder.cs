using MediatR;
using Modular.SharedKernel.Results;
using Modular.Vault.Contracts;

namespace Modular.Fuzz;

/// <summary>
/// The vault as the folder upload reader sees it: each file handed on is read to its end and stored;
/// a file handed on without a name breaks the reader's rule.
/// </summary>
internal sealed class StoringFolder : IMediator
{
    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        if (request is not UploadDocumentCommand upload)
        {
            throw new InvalidOperationException($"The upload reader sent {request?.GetType().Name}.");
        }

        if (upload.FileName is null)
        {
            throw new InvalidOperationException("a file handed on without a name");
        }

        upload.Content.CopyTo(Stream.Null);
        var stored = new DocumentDto(Guid.NewGuid(), upload.FolderId, upload.FileName, "application/pdf", 0, "", Guid.Empty, DateTimeOffset.UnixEpoch);
        return Task.FromResult((TResponse)(object)Result.Success(stored));
    }

    public Task Send(IRequest request, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The upload reader sends no command without an answer.");

    public Task Publish(INotification notification, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The upload reader publishes nothing.");

    public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification =>
        throw new InvalidOperationException("The upload reader publishes nothing.");
}
