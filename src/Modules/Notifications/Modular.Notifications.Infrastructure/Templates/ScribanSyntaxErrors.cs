using System.Text.RegularExpressions;
using Modular.Notifications.Domain.Templates;
using Scriban;
using Scriban.Parsing;

namespace Modular.Notifications.Infrastructure.Templates;

/// <summary>
/// Reads Scriban's parse errors into <see cref="TemplateError"/>s: the one place that knows the
/// parser's English messages. Where the parser points past the mistake (a block without
/// <c>{{ end }}</c> or a quoted text without its closing quote is noticed at the end of the
/// template), the error is moved to where the block or the text begins; the echoes of one mistake
/// at the same place are kept once.
/// </summary>
internal static partial class ScribanSyntaxErrors
{
    /// <summary>Statements that open a block closed by <c>{{ end }}</c>.</summary>
    private static readonly HashSet<string> BlockKeywords = new(StringComparer.Ordinal) { "if", "for", "tablerow", "while", "case", "capture", "with", "wrap", "func" };

    public static IReadOnlyList<TemplateError> Read(string part, string? text)
    {
        text ??= "";
        var messages = Template.Parse(text).Messages.Where(m => m.Type == ParserMessageType.Error).ToList();
        if (messages.Count == 0)
        {
            return [];
        }

        var (unclosed, strayEnds) = Blocks(text);
        var unclosedReported = messages.Count(m => Classify(m.Message).Kind == TemplateErrorKind.UnclosedBlock);
        // The parser reports the innermost block first; when it counts the blocks as the lexer does, each is found.
        var openers = new Stack<(string Keyword, TextPosition At)>(unclosedReported == unclosed.Count ? unclosed : []);

        var read = new List<(int RawOffset, TemplateError Error, bool Placed)>();
        foreach (var message in messages)
        {
            var (kind, token) = Classify(message.Message);
            var position = message.Span.Start;
            var placed = true;
            switch (kind)
            {
                case TemplateErrorKind.UnclosedBlock when openers.TryPop(out var opener):
                    // The parser names the last branch it read ("else", "when"); the admin looks for the block's opening.
                    (position, token) = (opener.At, opener.Keyword);
                    break;
                case TemplateErrorKind.UnclosedBlock:
                    placed = false;
                    break;
                case TemplateErrorKind.UnmatchedEnd when strayEnds.Count > 0:
                    position = strayEnds[0];
                    break;
                case TemplateErrorKind.UnterminatedString when OpeningQuote(text, token![0]) is { } quote:
                    position = quote;
                    break;
            }

            read.Add((message.Span.Start.Offset, new TemplateError(part, position.Line + 1, position.Column + 1, kind, token, message.Message), placed));
        }

        // An else or when the parser could not tie to a block is told once, as misplaced.
        if (read.Any(r => r.Error.Kind == TemplateErrorKind.MisplacedElse))
        {
            read.RemoveAll(r => r is { Placed: false, Error: { Kind: TemplateErrorKind.UnclosedBlock, Token: "else" or "when" } });
        }

        return [.. read
            .GroupBy(r => r.RawOffset)
            .SelectMany(same => same.Where(r => r.Error.Kind == same.Select(s => s.Error.Kind).Min(KindOrder.Instance)))
            .Select(r => r.Error)
            .DistinctBy(e => (e.Line, e.Column, e.Kind, e.Token))
            .OrderBy(e => e.Line)
            .ThenBy(e => e.Column)];
    }

    /// <summary>The kind of a parser message and the word or symbol it is about.</summary>
    internal static (TemplateErrorKind Kind, string? Token) Classify(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (UnclosedBlockMessage().Match(message) is { Success: true } unclosed)
        {
            return (TemplateErrorKind.UnclosedBlock, unclosed.Groups["keyword"].Value);
        }

        if (message.Contains("statement without a corresponding beginning", StringComparison.Ordinal))
        {
            return (TemplateErrorKind.UnmatchedEnd, "end");
        }

        if (message.Contains("else condition must be preceded", StringComparison.Ordinal))
        {
            return (TemplateErrorKind.MisplacedElse, "else");
        }

        if (UnterminatedStringMessage().Match(message) is { Success: true } text)
        {
            return (TemplateErrorKind.UnterminatedString, text.Groups["quote"].Value);
        }

        if (MissingClosingMessage().Match(message) is { Success: true } closing)
        {
            return (TemplateErrorKind.MissingClosingBracket, closing.Groups["closing"].Success ? closing.Groups["closing"].Value : ")");
        }

        if (InvalidExpressionMessage().IsMatch(message))
        {
            return (TemplateErrorKind.InvalidExpression, null);
        }

        if (UnexpectedTokenMessage().Match(message) is { Success: true } unexpected)
        {
            return (TemplateErrorKind.UnexpectedToken, unexpected.Groups["token"].Value);
        }

        return (TemplateErrorKind.Syntax, null);
    }

    /// <summary>
    /// The blocks left open at the end (outermost first) and the <c>end</c>s that close nothing, as
    /// the lexer sees them: a block keyword opens a block when it begins a statement. Each is placed
    /// at its tag's <c>{{</c> when it is the tag's first word.
    /// </summary>
    private static (List<(string Keyword, TextPosition At)> Unclosed, List<TextPosition> StrayEnds) Blocks(string text)
    {
        var open = new List<(string Keyword, TextPosition At)>();
        var strayEnds = new List<TextPosition>();
        Token? previous = null;
        foreach (var token in new Lexer(text))
        {
            if (token.Type is TokenType.Whitespace or TokenType.WhitespaceFull or TokenType.Comment or TokenType.CommentMulti)
            {
                continue;
            }

            if (token.Type == TokenType.Identifier)
            {
                var word = token.GetText(text);
                var at = previous is { Type: TokenType.CodeEnter } enter ? enter.Start : token.Start;
                if (word == "end" && previous?.Type != TokenType.Dot)
                {
                    if (open.Count > 0)
                    {
                        open.RemoveAt(open.Count - 1);
                    }
                    else
                    {
                        strayEnds.Add(at);
                    }
                }
                else if ((previous?.Type is TokenType.CodeEnter or TokenType.NewLine or TokenType.SemiColon) && BlockKeywords.Contains(word))
                {
                    open.Add((word, at));
                }
            }

            previous = token;
        }

        return (open, strayEnds);
    }

    /// <summary>
    /// Where a text left open begins: it runs to the end of the template, so its opening quote is
    /// the last one not escaped by a backslash.
    /// </summary>
    private static TextPosition? OpeningQuote(string text, char quote)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] == quote && (quote == '`' || i == 0 || text[i - 1] != '\\'))
            {
                var lineStart = text.LastIndexOf('\n', Math.Max(i - 1, 0)) + 1;
                var line = text.AsSpan(0, i).Count('\n');
                return new TextPosition(i, line, i - lineStart);
            }
        }

        return null;
    }

    /// <summary>When one place has several messages, the most telling kind first.</summary>
    private sealed class KindOrder : IComparer<TemplateErrorKind>
    {
        public static readonly KindOrder Instance = new();

        private static readonly TemplateErrorKind[] Order =
        [
            TemplateErrorKind.UnterminatedString, TemplateErrorKind.UnclosedBlock, TemplateErrorKind.UnmatchedEnd, TemplateErrorKind.MisplacedElse,
            TemplateErrorKind.MissingClosingBracket, TemplateErrorKind.InvalidExpression, TemplateErrorKind.UnexpectedToken, TemplateErrorKind.Syntax,
        ];

        public int Compare(TemplateErrorKind x, TemplateErrorKind y) => Array.IndexOf(Order, x).CompareTo(Array.IndexOf(Order, y));
    }

    [GeneratedRegex(@"The <end> statement was not found in: (?<keyword>\w+)")]
    private static partial Regex UnclosedBlockMessage();

    [GeneratedRegex(@"parsing a (?:verbatim )?string not terminated by a (?<quote>[""'`])")]
    private static partial Regex UnterminatedStringMessage();

    [GeneratedRegex(@"Expecting a closing `(?<closing>[)\]}])`|while expecting `(?<closing>[)\]}])`|Expecting '(?<closing>[)\]}])'|Expecting a closing parenthesis")]
    private static partial Regex MissingClosingMessage();

    [GeneratedRegex(@"Expecting (?:an? )?<expression>|Expecting a variable instead|Expecting an expression|dot operator is expected to be followed")]
    private static partial Regex InvalidExpressionMessage();

    [GeneratedRegex(@"^Unexpected token (?<token>\S+)$|Invalid token found `(?<token>[^`]+)`|^Unexpected (?<token>\S+) while no matching")]
    private static partial Regex UnexpectedTokenMessage();
}
