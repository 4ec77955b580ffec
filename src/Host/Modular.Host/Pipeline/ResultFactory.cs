using Modular.SharedKernel.Results;

namespace Modular.Host.Pipeline;

/// <summary>Builds the failure of whatever Result type a request returns, for behaviors that short-circuit.</summary>
internal static class ResultFactory<TResponse>
{
    private static readonly Func<Error, TResponse>? Create = Build();

    public static bool IsResult => Create is not null;

    public static TResponse Failure(Error error) =>
        Create is { } create ? create(error) : throw new InvalidOperationException($"{typeof(TResponse).Name} is not a Result: a behavior cannot fail it.");

    private static Func<Error, TResponse>? Build()
    {
        var type = typeof(TResponse);
        if (type == typeof(Result))
        {
            return error => (TResponse)(object)Result.Failure(error);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Result<>))
        {
            var failure = type.GetMethod(nameof(Result.Failure), [typeof(Error)])!;
            return error => (TResponse)failure.Invoke(null, [error])!;
        }

        return null;
    }
}
