namespace Modular.Notifications.Domain.Templates;

/// <summary>A template's three parts, as Scriban source.</summary>
internal sealed record TemplateSource(string Subject, string HtmlBody, string TextBody);

/// <summary>What is wrong with a template's syntax, in words an admin who is not a developer can act on.</summary>
internal enum TemplateErrorKind
{
    /// <summary>None of the kinds below: the parser's own text says what it is.</summary>
    Syntax,

    /// <summary>A block (<c>{{ if }}</c>, <c>{{ for }}</c>...) has no <c>{{ end }}</c>; <see cref="TemplateError.Token"/> is its keyword.</summary>
    UnclosedBlock,

    /// <summary>An <c>{{ end }}</c> closes no block.</summary>
    UnmatchedEnd,

    /// <summary>An <c>{{ else }}</c> follows no <c>{{ if }}</c>, <c>{{ when }}</c> or loop.</summary>
    MisplacedElse,

    /// <summary>A quoted text runs to the end of the template; <see cref="TemplateError.Token"/> is its quote.</summary>
    UnterminatedString,

    /// <summary>A bracket is not closed; <see cref="TemplateError.Token"/> is the missing closing one.</summary>
    MissingClosingBracket,

    /// <summary>A symbol that has no place there; <see cref="TemplateError.Token"/> is the symbol.</summary>
    UnexpectedToken,

    /// <summary>An expression lacks a value or a name (after an operator, an if, an assignment, a pipe).</summary>
    InvalidExpression,
}

/// <summary>
/// A syntax error in one part of a template ("subject", "html", "text"), where it is (1-based line
/// and column) and what kind it is; <see cref="ParserMessage"/> is the parser's own English text.
/// </summary>
internal sealed record TemplateError(string Part, int Line, int Column, TemplateErrorKind Kind, string? Token, string ParserMessage)
{
    public override string ToString() => $"{Part}, ligne {Line}, colonne {Column} : {ParserMessage}";
}
