using System.Collections.Concurrent;
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
using Scriban.Functions;
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
/// A template's text is parsed once and kept (a message renders what the last one of its kind
/// rendered); Scriban's built-in functions are made once, read-only, and shared by every render.
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
        var (subjectTemplate, htmlTemplate, textTemplate) = (Parsed(source.Subject), Parsed(source.HtmlBody), Parsed(source.TextBody));
        if (subjectTemplate.HasErrors || htmlTemplate.HasErrors || textTemplate.HasErrors)
        {
            return NotificationsErrors.TemplateErrors(string.Join(" ; ", Check(source)));
        }

        // Scriban checks the token between statements and loop iterations; a regex in between is bounded by its own timeout.
        using var deadline = new CancellationTokenSource(RenderDeadline);
        try
        {
            var subject = RenderPart(subjectTemplate, culture, model, encode: false, deadline.Token).ReplaceLineEndings(" ").Trim();
            var html = RenderPart(htmlTemplate, culture, model, encode: true, deadline.Token);
            var text = RenderPart(textTemplate, culture, model, encode: false, deadline.Token);
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

    /// <summary>Templates in use are a few dozen texts; past this many, the kept ones are dropped and parsed again as they come.</summary>
    private const int MaxParsed = 256;

    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    /// <summary>
    /// Scriban's built-in functions (<c>string.upcase</c>, <c>date.now</c>…), made once and frozen: a
    /// template that tries to change one fails to render instead of changing it for the next message.
    /// </summary>
    private static readonly ScriptObject Builtins = ReadOnly(new BuiltinFunctions());

    /// <summary>The parsed template of <paramref name="text"/>: parsed on first use, then kept (a parsed Scriban template renders concurrently).</summary>
    private Template Parsed(string? text)
    {
        text ??= "";
        if (_parsed.TryGetValue(text, out var template))
        {
            return template;
        }

        if (_parsed.Count >= MaxParsed)
        {
            _parsed.Clear();
        }

        return _parsed.GetOrAdd(text, static t => Template.Parse(t));
    }

    private static ScriptObject ReadOnly(ScriptObject functions)
    {
        foreach (var value in functions.Values)
        {
            if (value is ScriptObject nested)
            {
                ReadOnly(nested);
            }
        }

        functions.IsReadOnly = true;
        return functions;
    }

    private static string RenderPart(Template template, string culture, IReadOnlyDictionary<string, string> model, bool encode, CancellationToken deadline)
    {
        var globals = new ScriptObject();
        globals.Import("plural", new Func<object?, string?, string?, string>((count, one, other) => PluralOf(count, one, other, culture)));
        foreach (var (name, value) in model)
        {
            globals[name] = encode ? WebUtility.HtmlEncode(value) : value;
        }

        var context = new TemplateContext(Builtins)
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
