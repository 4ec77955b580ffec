using MediatR;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;

namespace Modular.Host.Pipeline;

/// <summary>Runs the request's validators; failures become one Result error with every field's messages.</summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var failures = validators.SelectMany(v => v.Validate(request)).ToList();
        if (failures.Count == 0)
        {
            return await next();
        }

        var byField = failures.GroupBy(f => f.Property).ToList();
        var error = Error.Validation(byField.ToDictionary(g => g.Key, g => g.Select(f => f.Message).ToArray()), string.Join(" ", failures.Select(f => f.Message))) with
        {
            FieldCauses = byField.ToDictionary(g => g.Key, g => g.Select(f => f.Cause).ToArray()),
        };
        return ResultFactory<TResponse>.Failure(error);
    }
}
