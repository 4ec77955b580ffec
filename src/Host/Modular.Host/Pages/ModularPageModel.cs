using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using Modular.Vault.Contracts;

namespace Modular.Host.Pages;

/// <summary>
/// Base of every page: a page binds its input, sends one request over MediatR, and shows the
/// result; errors are shown in the reader's language by code (<see cref="ErrorTexts"/>).
/// </summary>
public abstract class ModularPageModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : PageModel
{
    protected IMediator Mediator { get; } = mediator;

    protected IStringLocalizer<SharedResource> L { get; } = localizer;

    /// <summary>A message shown once after a redirect (Post/Redirect/Get).</summary>
    [TempData]
    public string? StatusMessage { get; set; }

    public string Message(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return L.Describe(error);
    }

    /// <summary>
    /// The refusal of a code posted on a public page (download link, invitation) in the reader's
    /// language; throttling says how many minutes to wait.
    /// </summary>
    protected string ExplainCodeRefusal(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.Code == VaultErrorCodes.CodeThrottled)
        {
            // The page still explains itself, but answers as the API does: 429 with Retry-After.
            var seconds = Convert.ToInt32(error.Extensions.GetValueOrDefault(VaultErrorCodes.RetryAfterExtension) ?? 60, CultureInfo.InvariantCulture);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        return Message(error);
    }

    /// <summary>
    /// Puts a failure into the model state: field errors on their fields, the message on the form.
    /// A field's refusal with a code of its own shows that code's text on the field.
    /// </summary>
    protected void AddErrors(Error error, string? prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.FieldErrors.Count > 0)
        {
            foreach (var (field, messages) in error.FieldErrors)
            {
                var key = string.IsNullOrEmpty(prefix) ? field : $"{prefix}.{field}";
                if (error.Code != Error.ValidationFailed)
                {
                    ModelState.AddModelError(key, Message(error));
                    continue;
                }

                foreach (var message in L.FieldMessages(error, field, messages))
                {
                    ModelState.AddModelError(key, message);
                }
            }

            return;
        }

        ModelState.AddModelError(string.Empty, Message(error));
    }

    /// <summary>
    /// Reads what a page shows beside its form (lists to choose from, the account): the value,
    /// or the fallback when the query fails (the page's own authorization already ran).
    /// </summary>
    protected async Task<T> ReadAsync<T>(IQuery<T> query, T fallback, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(query, cancellationToken);
        return result.IsSuccess ? result.Value : fallback;
    }

    /// <summary>The value, or null when the query fails.</summary>
    protected async Task<T?> ReadOrNullAsync<T>(IQuery<T> query, CancellationToken cancellationToken)
        where T : class
    {
        var result = await Mediator.Send(query, cancellationToken);
        return result.IsSuccess ? result.Value : null;
    }

    /// <summary>A local URL to go back to, or the home page: never another site.</summary>
    protected string SafeReturnUrl(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
