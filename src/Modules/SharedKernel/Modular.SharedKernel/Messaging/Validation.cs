using Modular.SharedKernel.Results;

namespace Modular.SharedKernel.Messaging;

/// <summary>
/// One reason a request was refused before it reached its handler. With a <see cref="Cause"/>
/// (a coded error of the module), people read that code's text in their language; the
/// <see cref="Message"/> is its French default.
/// </summary>
public sealed record ValidationFailure(string Property, string Message)
{
    public Error? Cause { get; init; }

    /// <summary>The field refused for <paramref name="cause"/>, a coded error the module declares.</summary>
    public static ValidationFailure Of(string property, Error cause)
    {
        ArgumentNullException.ThrowIfNull(cause);
        return new ValidationFailure(property, cause.Message) { Cause = cause };
    }
}

/// <summary>Checks a request's shape; the validation behavior turns failures into a Result error.</summary>
public interface IValidator<in TRequest>
{
    IEnumerable<ValidationFailure> Validate(TRequest request);
}
