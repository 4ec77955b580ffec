using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Modular.Notifications.Application;
using Modular.Notifications.Application.Ports;
using Modular.Notifications.Domain.Messages;
using Modular.Notifications.Domain.Templates;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Modular.Notifications.Infrastructure.Templates;

/// <summary>
/// Renders templates with Scriban under limits: no template loader (no include, no file access),
/// loops and recursion capped, output size capped, each regular expression stopped after
/// <see cref="RegexTimeout"/> and the whole render after <see cref="RenderDeadline"/> (an admin's
/// template must not hold a thread for Scriban's default 10 s per regex, a thousand times in a loop).
/// Values are HTML-encoded in the HTML body. Templates count with
/// <c>{{ plural file_count "# document" "# documents" }}</c>: the form the count takes in the
/// template's language (French puts 0 and 1 in the singular, English only 1), <c>#</c> the count.
/// </summary>
internal sealed class ScribanTemplateRenderer : ITemplateRenderer
{
    /// <summary>How long one regular expression of a template may run.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>How long rendering a message's three parts together may take.</summary>
    internal TimeSpan RenderDeadline { get; init; } = TimeSpan.FromSeconds(2);

    public IReadOnlyList<TemplateError> Check(TemplateSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return [.. ScribanSyntaxErrors.Read("subject", source.Subject), .. ScribanSyntaxErrors.Read("html", source.HtmlBody), .. ScribanSyntaxErrors.Read("text", source.TextBody)];
    }

    public Result<RenderedContent> Render(TemplateSource source, string culture, IReadOnlyDictionary<string, string> model)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(model);
        var errors = Check(source);
        if (errors.Count > 0)
        {
            return NotificationsErrors.TemplateErrors(string.Join(" ; ", errors));
        }

        // Scriban checks the token between statements and loop iterations; a regex in between is bounded by its own timeout.
        using var deadline = new CancellationTokenSource(RenderDeadline);
        try
        {
            var subject = RenderPart(source.Subject, culture, model, encode: false, deadline.Token).ReplaceLineEndings(" ").Trim();
            var html = RenderPart(source.HtmlBody, culture, model, encode: true, deadline.Token);
            var text = RenderPart(source.TextBody, culture, model, encode: false, deadline.Token);
            return new RenderedContent(subject, html, text);
        }
        catch (ScriptRuntimeException ex) when (ex is ScriptAbortException || deadline.IsCancellationRequested)
        {
            return NotificationsErrors.TemplateDeadlinePassed(RenderDeadline);
        }
        catch (ScriptRuntimeException ex) when (ex.InnerException is RegexMatchTimeoutException)
        {
            return NotificationsErrors.TemplateRegexTimedOut(RegexTimeout, ex.Span.Start.Line + 1);
        }
        catch (ScriptRuntimeException ex)
        {
            return NotificationsErrors.TemplateRenderFailed(ex.OriginalMessage, ex.Span.Start.Line + 1);
        }
    }

    /// <summary>
    /// <paramref name="one"/> or <paramref name="other"/>, the form <paramref name="count"/> takes in
    /// <paramref name="culture"/>, with <c>#</c> replaced by the count; a value that is not a whole
    /// number takes <paramref name="other"/>.
    /// </summary>
    internal static string PluralOf(object? count, string? one, string? other, string culture)
    {
        var text = Convert.ToString(count, CultureInfo.InvariantCulture)?.Trim() ?? "";
        var form = long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && Plural.IsSingular(n, culture) ? one : other;
        return (form ?? "").Replace("#", text, StringComparison.Ordinal);
    }

    private static string RenderPart(string text, string culture, IReadOnlyDictionary<string, string> model, bool encode, CancellationToken deadline)
    {
        var template = Template.Parse(text);
        var globals = new ScriptObject();
        globals.Import("plural", new Func<object?, string?, string?, string>((count, one, other) => PluralOf(count, one, other, culture)));
        foreach (var (name, value) in model)
        {
            globals[name] = encode ? WebUtility.HtmlEncode(value) : value;
        }

        var context = new TemplateContext
        {
            TemplateLoader = null,
            LoopLimit = 1000,
            RecursiveLimit = 20,
            LimitToString = 100_000,
            StrictVariables = false,
            EnableRelaxedMemberAccess = true,
            RegexTimeOut = RegexTimeout,
            CancellationToken = deadline,
        };
        context.PushGlobal(globals);
        return template.Render(context);
    }
}
