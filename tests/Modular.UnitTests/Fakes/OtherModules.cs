using MediatR;

namespace Modular.UnitTests.Fakes;

/// <summary>
/// The other modules a use case asks through MediatR: each request type answered by a function the
/// test gives; every request sent is kept, in order.
/// </summary>
internal sealed class OtherModules : IMediator
{
    private readonly Dictionary<Type, Func<object, object>> _answers = [];

    public List<object> Sent { get; } = [];

    public OtherModules Answer<TRequest, TResponse>(Func<TRequest, TResponse> answer)
        where TRequest : IRequest<TResponse>
    {
        _answers[typeof(TRequest)] = request => answer((TRequest)request)!;
        return this;
    }

    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Sent.Add(request);
        return _answers.TryGetValue(request.GetType(), out var answer)
            ? Task.FromResult((TResponse)answer(request))
            : throw new InvalidOperationException($"No answer given for {request.GetType().Name}.");
    }

    public Task Send(IRequest request, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("No command without an answer is expected.");

    public Task Publish(INotification notification, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("No notification is expected.");

    public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification =>
        throw new InvalidOperationException("No notification is expected.");
}
