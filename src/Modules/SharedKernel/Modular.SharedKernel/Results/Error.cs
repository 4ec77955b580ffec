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

    /// <summary>
    /// What the server stored is damaged (a file cut short by a crash or a failing disk): that one
    /// object is refused, the rest is served, and the operator is told which (logged as an error).
    /// </summary>
    Damaged,
}

/// <summary>
/// A typed failure: <see cref="Code"/> is stable and machine-readable (it becomes the problem
/// type and names the text people read); <see cref="Message"/> is the French default text, for
/// logs and for a code the Host has no text for. People read the Host's text for the code (and
/// <see cref="Reason"/>), filled with <see cref="Arguments"/>, in their own language.
/// </summary>
public sealed record Error(ErrorKind Kind, string Code, string Message)
{
    /// <summary>The code of a validator's field errors, when a request is refused field by field.</summary>
    public const string ValidationFailed = "validation-failed";

    public IReadOnlyDictionary<string, string[]> FieldErrors { get; init; } = new Dictionary<string, string[]>();

    /// <summary>
    /// For a validator's refusal: per field, the coded error behind each message of
    /// <see cref="FieldErrors"/> (same order), or null where the message has no code.
    /// </summary>
    public IReadOnlyDictionary<string, Error?[]> FieldCauses { get; init; } = new Dictionary<string, Error?[]>();

    /// <summary>
    /// Which of the code's texts applies when one code has several (a code that is too short, or
    /// not digits): the text is the resource <c>Error.{Code}.{Reason}</c>.
    /// </summary>
    public string? Reason { get; init; }

    /// <summary>
    /// The values the text is made of (a name, a count, a limit), in the order of the text's
    /// placeholders <c>{0}</c>, <c>{1}</c>...: data, so that each language renders them.
    /// </summary>
    public IReadOnlyList<object?> Arguments { get; init; } = [];

    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = new Dictionary<string, object?>();

    public static Error Invalid(string code, string message) => new(ErrorKind.Invalid, code, message);

    public static Error NotFound(string code, string message) => new(ErrorKind.NotFound, code, message);

    public static Error Forbidden(string code, string message) => new(ErrorKind.Forbidden, code, message);

    public static Error Unauthorized(string code, string message) => new(ErrorKind.Unauthorized, code, message);

    public static Error Conflict(string code, string message) => new(ErrorKind.Conflict, code, message);

    public static Error Gone(string code, string message) => new(ErrorKind.Gone, code, message);

    public static Error Locked(string code, string message) => new(ErrorKind.Locked, code, message);

    public static Error TooManyRequests(string code, string message) => new(ErrorKind.TooManyRequests, code, message);

    /// <summary>
    /// A throttle's refusal: the wait in whole minutes (at least one) goes into the message and its
    /// argument <c>{0}</c>, and in seconds into the <c>retryAfter</c> extension (the Retry-After header).
    /// </summary>
    public static Error Throttled(string code, TimeSpan retryAfter, Func<int, string> message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
        var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
        return TooManyRequests(code, message(minutes)).WithExtension("retryAfter", seconds).WithArguments(minutes);
    }

    public static Error TooLarge(string code, string message) => new(ErrorKind.TooLarge, code, message);

    public static Error Damaged(string code, string message) => new(ErrorKind.Damaged, code, message);

    public static Error Validation(IReadOnlyDictionary<string, string[]> fieldErrors, string message) =>
        new(ErrorKind.Invalid, ValidationFailed, message) { FieldErrors = fieldErrors };

    /// <summary>A refused value of one field, with a code of its own: its text goes on that field.</summary>
    public static Error InvalidField(string code, string field, string message) =>
        new(ErrorKind.Invalid, code, message) { FieldErrors = new Dictionary<string, string[]> { [field] = [message] } };

    /// <summary>This error with the values its text is made of, in the order of the text's placeholders.</summary>
    public Error WithArguments(params object?[] arguments) => this with { Arguments = arguments };

    /// <summary>This error with the reason that picks one of its code's texts.</summary>
    public Error WithReason(string reason) => this with { Reason = reason };

    public Error WithExtension(string key, object? value) =>
        this with { Extensions = new Dictionary<string, object?>(Extensions) { [key] = value } };
}
