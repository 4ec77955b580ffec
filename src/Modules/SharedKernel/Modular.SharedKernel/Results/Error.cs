namespace Modular.SharedKernel.Results;

/// <summary>The kind of failure, which pages and endpoints map to a message and an HTTP status.</summary>
public enum ErrorKind
{
    Invalid,
    NotFound,
    Forbidden,
    Unauthorized,
    Conflict,
    Gone,
    Locked,
    TooManyRequests,

    /// <summary>The content is larger than allowed (an upload over the limit).</summary>
    TooLarge,
}

/// <summary>
/// A typed failure: <see cref="Code"/> is stable and machine-readable (it becomes the problem
/// type), <see cref="Message"/> is for people, already in the request's culture where it matters.
/// </summary>
public sealed record Error(ErrorKind Kind, string Code, string Message)
{
    public IReadOnlyDictionary<string, string[]> FieldErrors { get; init; } = new Dictionary<string, string[]>();

    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = new Dictionary<string, object?>();

    public static Error Invalid(string code, string message) => new(ErrorKind.Invalid, code, message);

    public static Error NotFound(string code, string message) => new(ErrorKind.NotFound, code, message);

    public static Error Forbidden(string code, string message) => new(ErrorKind.Forbidden, code, message);

    public static Error Unauthorized(string code, string message) => new(ErrorKind.Unauthorized, code, message);

    public static Error Conflict(string code, string message) => new(ErrorKind.Conflict, code, message);

    public static Error Gone(string code, string message) => new(ErrorKind.Gone, code, message);

    public static Error Locked(string code, string message) => new(ErrorKind.Locked, code, message);

    public static Error TooManyRequests(string code, string message) => new(ErrorKind.TooManyRequests, code, message);

    public static Error TooLarge(string code, string message) => new(ErrorKind.TooLarge, code, message);

    public static Error Validation(IReadOnlyDictionary<string, string[]> fieldErrors, string message) =>
        new(ErrorKind.Invalid, "validation-failed", message) { FieldErrors = fieldErrors };

    public Error WithExtension(string key, object? value) =>
        this with { Extensions = new Dictionary<string, object?>(Extensions) { [key] = value } };
}
