namespace Modular.SharedKernel.Messaging;

/// <summary>One reason a request was refused before it reached its handler.</summary>
public sealed record ValidationFailure(string Property, string Message);

/// <summary>Checks a request's shape; the validation behavior turns failures into a Result error.</summary>
public interface IValidator<in TRequest>
{
    IEnumerable<ValidationFailure> Validate(TRequest request);
}
