using System.Globalization;
using Modular.SharedKernel.Results;

namespace Modular.Host.Api;

/// <summary>Turns a handler's Result into an HTTP answer: the value, or RFC 9457 problem details.</summary>
internal static class ApiResults
{
    public const string ProblemTypePrefix = "urn:modular:problem:";

    /// <summary>The problem code of an API request whose body or parameters cannot be read (made by the framework, completed by us).</summary>
    public const string RequestUnreadable = "request-unreadable";

    /// <summary>The problem code of a request body over the server's or the endpoint's limit (made by the framework, completed by us).</summary>
    public const string RequestTooLarge = "request-too-large";

    /// <summary>The extension of an error that says how many seconds to wait; also sent as <c>Retry-After</c>.</summary>
    public const string RetryAfterExtension = "retryAfter";

    public static IResult Ok<T>(Result<T> result) => result.IsSuccess ? TypedResults.Ok(result.Value) : Problem(result.Error!);

    /// <param name="location">The created resource's address; null when it has none of its own.</param>
    public static IResult Created<T>(Result<T> result, Func<T, string?> location) =>
        result.IsSuccess ? TypedResults.Created(location(result.Value), result.Value) : Problem(result.Error!);

    public static IResult NoContent(Result result) => result.IsSuccess ? TypedResults.NoContent() : Problem(result.Error!);

    public static IResult Problem(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        // Field errors are a validation problem: 400 unless an endpoint asks for 422.
        return Problem(error, error.FieldErrors.Count > 0 ? StatusCodes.Status400BadRequest : StatusOf(error.Kind));
    }

    /// <summary>The problem details of an error, with a status other than its kind's (a failed precondition, say).</summary>
    public static IResult Problem(Error error, int status)
    {
        ArgumentNullException.ThrowIfNull(error);
        var problem = ProblemOf(error, status);
        return error.Extensions.TryGetValue(RetryAfterExtension, out var wait) && wait is IConvertible convertible
            ? WithHeader(problem, "Retry-After", Math.Max(1, convertible.ToInt32(CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture))
            : problem;
    }

    /// <summary>A result that also sets a response header (ETag, Retry-After, ...).</summary>
    public static IResult WithHeader(IResult result, string name, string value) => new HeaderResult(result, name, value);

    private static IResult ProblemOf(Error error, int status)
    {
        var extensions = new Dictionary<string, object?>(error.Extensions) { ["code"] = error.Code };
        if (error.FieldErrors.Count > 0 && status == StatusCodes.Status422UnprocessableEntity)
        {
            // Asked for explicitly: a well-formed request whose values are refused.
            var problem = new HttpValidationProblemDetails(error.FieldErrors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = status,
                Title = TitleOf(status),
                Detail = error.Message,
                Type = ProblemTypePrefix + error.Code,
            };
            foreach (var (key, value) in extensions)
            {
                problem.Extensions[key] = value;
            }

            return TypedResults.Problem(problem);
        }

        if (error.FieldErrors.Count > 0)
        {
            return TypedResults.ValidationProblem(
                error.FieldErrors.ToDictionary(e => e.Key, e => e.Value),
                detail: error.Message,
                title: "La requête est invalide.",
                type: ProblemTypePrefix + error.Code,
                extensions: extensions);
        }

        return TypedResults.Problem(detail: error.Message, statusCode: status, title: TitleOf(status), type: ProblemTypePrefix + error.Code, extensions: extensions);
    }

    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Invalid => StatusCodes.Status422UnprocessableEntity,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Gone => StatusCodes.Status410Gone,
        ErrorKind.Locked => StatusCodes.Status423Locked,
        ErrorKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        ErrorKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status400BadRequest,
    };

    public static string TitleOf(int status) => status switch
    {
        400 => "La requête est invalide.",
        401 => "Authentification requise.",
        403 => "Accès refusé.",
        404 => "Ressource introuvable.",
        405 => "Méthode non autorisée.",
        409 => "Conflit avec l'état actuel.",
        410 => "Cette ressource n'est plus disponible.",
        413 => "Le contenu envoyé est trop volumineux.",
        412 => "Condition préalable non satisfaite.",
        422 => "La requête ne peut être traitée.",
        423 => "Ressource verrouillée.",
        429 => "Trop de requêtes.",
        _ when status >= 500 => "Erreur interne du serveur.",
        _ => "Erreur.",
    };

    private sealed class HeaderResult(IResult inner, string name, string value) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            httpContext.Response.Headers[name] = value;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
