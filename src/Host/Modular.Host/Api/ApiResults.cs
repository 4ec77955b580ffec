using System.Globalization;
using Microsoft.Extensions.Localization;
using Modular.SharedKernel.Results;

namespace Modular.Host.Api;

/// <summary>
/// Turns a handler's Result into an HTTP answer: the value, or RFC 9457 problem details whose
/// <c>detail</c> is the error's text in the caller's language (<see cref="ErrorTexts"/>, as pages show it).
/// Refused field values are 422 with an <c>errors</c> member per field, on every endpoint (ADR 0022).
/// </summary>
internal static class ApiResults
{
    public const string ProblemTypePrefix = "urn:modular:problem:";

    /// <summary>The problem code of an API request whose body or parameters cannot be read (made by the framework, completed by us).</summary>
    public const string RequestUnreadable = "request-unreadable";

    /// <summary>The problem code of a request body over the server's or the endpoint's limit (made by the framework, completed by us).</summary>
    public const string RequestTooLarge = "request-too-large";

    /// <summary>The database cannot be reached for now: the request can be tried again as it is.</summary>
    public const string ServiceUnavailable = "service-unavailable";

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
        // Field errors are refused values of a well-formed request: 422, like every Invalid error.
        return Problem(error, error.FieldErrors.Count > 0 ? StatusCodes.Status422UnprocessableEntity : StatusOf(error.Kind));
    }

    /// <summary>The problem details of an error, with a status other than its kind's (a failed precondition, say).</summary>
    public static IResult Problem(Error error, int status)
    {
        ArgumentNullException.ThrowIfNull(error);
        var problem = new ProblemResult(error, status);
        return error.Extensions.TryGetValue(RetryAfterExtension, out var wait) && wait is IConvertible convertible
            ? WithHeader(problem, "Retry-After", Math.Max(1, convertible.ToInt32(CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture))
            : problem;
    }

    /// <summary>A result that also sets a response header (ETag, Retry-After, ...).</summary>
    public static IResult WithHeader(IResult result, string name, string value) => new HeaderResult(result, name, value);

    private static IResult ProblemOf(Error error, int status, IStringLocalizer localizer)
    {
        var extensions = new Dictionary<string, object?>(error.Extensions) { ["code"] = error.Code };
        var detail = localizer.Describe(error);
        if (error.FieldErrors.Count > 0)
        {
            // A field's refusal with a code of its own reads as that code's text; a validator's
            // field errors are already one message per field.
            var fields = error.Code == Error.ValidationFailed
                ? error.FieldErrors.ToDictionary(e => e.Key, e => localizer.FieldMessages(error, e.Key, e.Value).ToArray())
                : error.FieldErrors.ToDictionary(e => e.Key, _ => new[] { detail });
            var problem = new HttpValidationProblemDetails(fields)
            {
                Status = status,
                Title = TitleOf(status),
                Detail = detail,
                Type = ProblemTypePrefix + error.Code,
            };
            foreach (var (key, value) in extensions)
            {
                problem.Extensions[key] = value;
            }

            return TypedResults.Problem(problem);
        }

        return TypedResults.Problem(detail: detail, statusCode: status, title: TitleOf(status), type: ProblemTypePrefix + error.Code, extensions: extensions);
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
        ErrorKind.Damaged => StatusCodes.Status500InternalServerError,
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
        423 => "Ressource bloquée.",
        429 => "Trop de requêtes.",
        503 => "Service momentanément indisponible.",
        _ when status >= 500 => "Erreur interne du serveur.",
        _ => "Erreur.",
    };

    /// <summary>Problem details written when the answer is sent, in the language of the request being answered.</summary>
    private sealed class ProblemResult(Error error, int status) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => status;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            var localizer = httpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            return ProblemOf(error, status, localizer).ExecuteAsync(httpContext);
        }
    }

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
