using System.Text;
using System.Text.Unicode;
using Modular.Portfolio.Domain.Establishments;
using Modular.SharedKernel.Results;

namespace Modular.Portfolio.Domain.Dsn;

/// <summary>
/// The structure of a DSN envoi, line by line (ADR 0038). One rubric per line,
/// <c>Sxx.Gyy.zz.nnn,'value'</c>, the value everything between the first <c>,'</c> and the last
/// <c>'</c> (apostrophes inside are not escaped); Latin-1. The envoi opens with S10.G00.00, names
/// its sender (S10.G00.01) and contact (S10.G00.02), then holds one or more declarations, each from
/// S20.G00.05 with exactly one enterprise (S21.G00.06) and one establishment (S21.G00.11) before
/// its individuals (S21.G00.30 and their sub-blocks), and ends with the total S90.G00.90 (rubric
/// lines of the whole envoi, the total's included, and number of declarations). Blocks keep the
/// order of their numbers, individuals restarting it; a block repeats when its rubric numbers
/// start again. Every problem is kept with its line (up to <see cref="MaxProblems"/>); a binary or
/// UTF-8 file stops the reading at its first such line.
/// </summary>
internal sealed class DsnParser
{
    /// <summary>The longest line read, in bytes (a rubric value is at most a few hundred characters).</summary>
    public const int MaxLineLength = 1024;

    public const int MaxProblems = 100;

    private const int Envoi = 100000;            // S10.G00.00
    private const int Sender = 100001;           // S10.G00.01
    private const int DeclarationStart = 200005; // S20.G00.05
    private const int Enterprise = 210006;       // S21.G00.06
    private const int Establishment = 210011;    // S21.G00.11
    private const int Individual = 210030;       // S21.G00.30
    private const int Total = 900090;            // S90.G00.90

    private static readonly HashSet<string> Natures = ["01", "04", "05", "07", "08", "09", "10"];
    private static readonly HashSet<string> Types = ["01", "02", "03", "04", "05"];

    private readonly List<Error> _problems = [];
    private readonly List<DsnDeclaration> _declarations = [];
    private int _rubricLines;
    private int _declarationCount;
    private int _block = -1;      // the current block, as S*10000 + G*100 + group (S21.G00.30 = 210030)
    private int _field;           // the last rubric number read in the current block
    private int _lastS10 = -1;    // the last S10 block, for their order
    private int _lastInDeclaration = -1; // the last S20/S21 block of the declaration (or of the individual)
    private bool _inIndividual;
    private bool _totalSeen;
    private int _totalLine;
    private (string? Value, int Line) _totalLines;
    private (string? Value, int Line) _totalDeclarations;
    private (string? Siren, string? Nic, string? Name, int Line) _sender;
    private Declaration? _current;

    /// <summary>True once reading further would only repeat the first problem (a binary or UTF-8 file, or too many problems).</summary>
    public bool Stopped { get; private set; }

    /// <summary>Takes line <paramref name="number"/> (1-based), without its end of line; more than <see cref="MaxLineLength"/> bytes is too long.</summary>
    public void Line(int number, ReadOnlySpan<byte> bytes)
    {
        if (Stopped)
        {
            return;
        }

        if (number == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            Stop(PortfolioErrors.DsnUtf8(number));
            return;
        }

        if (bytes.IndexOfAnyInRange((byte)0, (byte)0x1F) is var control && control >= 0 && bytes[control] != (byte)'\t')
        {
            Stop(PortfolioErrors.DsnBinary(number));
            return;
        }

        if (bytes.Length > MaxLineLength)
        {
            Add(PortfolioErrors.DsnLineTooLong(number, MaxLineLength));
            return;
        }

        if (bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0 && Utf8.IsValid(bytes))
        {
            Stop(PortfolioErrors.DsnUtf8(number));
            return;
        }

        if (!IsRubric(bytes))
        {
            Add(PortfolioErrors.DsnLineSyntax(number));
            return;
        }

        var value = bytes[16..^1];
        if (value.IsEmpty)
        {
            Add(PortfolioErrors.DsnEmptyValue(number, Encoding.Latin1.GetString(bytes[..14])));
            return;
        }

        var block = (Digits(bytes, 1, 2) * 10000) + (Digits(bytes, 5, 2) * 100) + Digits(bytes, 8, 2);
        var field = Digits(bytes, 11, 3);

        // Another block, or the same one whose rubric numbers start again: a new occurrence.
        if (block != _block || field <= _field)
        {
            if (_totalSeen)
            {
                // Outside the envoi: not one of its rubric lines.
                Add(PortfolioErrors.DsnAfterS90(number));
                return;
            }

            BlockStarts(block, number);
            _block = block;
        }

        _rubricLines++;
        _field = field;
        Capture(block, field, value, number);
    }

    /// <summary>The end of the file, after line <paramref name="lastLine"/>: the checks that need the whole envoi.</summary>
    public DsnReading Finish(int lastLine)
    {
        if (!Stopped)
        {
            CloseDeclaration();
            if (_sender.Line == 0 && _block >= 0)
            {
                Add(PortfolioErrors.DsnRubricMissing(1, "S10.G00.01.001"));
            }
            else if (_sender.Siren is { } siren && !Siren.IsValid(siren))
            {
                Add(PortfolioErrors.DsnSirenInvalid(_sender.Line, siren));
            }

            if (_declarationCount == 0 && _block >= 0)
            {
                Add(PortfolioErrors.DsnNoDeclaration(Math.Max(lastLine, 1)));
            }

            if (!_totalSeen)
            {
                Add(PortfolioErrors.DsnS90Missing(Math.Max(lastLine, 1)));
            }
            else
            {
                CheckTotal();
            }
        }

        return _problems.Count == 0
            ? new DsnReading(new DsnEnvoi(_sender.Siren!, _sender.Nic, _sender.Name, _declarations, _rubricLines), [])
            : new DsnReading(null, _problems);
    }

    /// <summary><c>S21.G00.06.001,'x'</c>: the rubric's 14 characters, a comma, the opening and the closing apostrophes.</summary>
    private static bool IsRubric(ReadOnlySpan<byte> b) =>
        b.Length >= 17 && b[0] == 'S' && IsDigits(b, 1, 2) && b[3] == '.' && b[4] == 'G' && IsDigits(b, 5, 2) && b[7] == '.'
        && IsDigits(b, 8, 2) && b[10] == '.' && IsDigits(b, 11, 3) && b[14] == ',' && b[15] == '\'' && b[^1] == '\'';

    private static bool IsDigits(ReadOnlySpan<byte> b, int start, int count)
    {
        foreach (var c in b.Slice(start, count))
        {
            if (c is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return true;
    }

    private static int Digits(ReadOnlySpan<byte> b, int start, int count)
    {
        var n = 0;
        foreach (var c in b.Slice(start, count))
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }

    private void BlockStarts(int block, int line)
    {
        var s = block / 10000;
        if (_block < 0 && block != Envoi)
        {
            Add(PortfolioErrors.DsnNoEnvoi(line));
        }

        switch (s)
        {
            case 10 when _declarationCount == 0 && block >= _lastS10:
                _lastS10 = block;
                return;
            case 20 when block == DeclarationStart && (_lastS10 >= 0 || _declarationCount > 0):
                CloseDeclaration();
                _current = new Declaration(line);
                _declarationCount++;
                _lastInDeclaration = block;
                _inIndividual = false;
                return;
            case 20 when _current is not null && !_current.HasS21 && block >= _lastInDeclaration:
                _lastInDeclaration = block;
                return;
            case 21 when _current is not null:
                S21Starts(block, line);
                return;
            case 90 when block == Total && _declarationCount > 0:
                CloseDeclaration();
                _totalSeen = true;
                _totalLine = line;
                return;
            case 90 when block == Total:
                _totalSeen = true;
                _totalLine = line;
                return;
            default:
                Add(PortfolioErrors.DsnBlockOrder(line, Name(block), After));
                return;
        }
    }

    private void S21Starts(int block, int line)
    {
        var current = _current!;
        current.HasS21 = true;
        if (block == Individual)
        {
            _inIndividual = true;
            _lastInDeclaration = block;
            current.Individuals++;
            return;
        }

        var ordered = _inIndividual ? block > Individual && block >= _lastInDeclaration : block < Individual && block >= _lastInDeclaration;
        if (!ordered)
        {
            Add(PortfolioErrors.DsnBlockOrder(line, Name(block), After));
            return;
        }

        _lastInDeclaration = block;
        if (block == Enterprise && ++current.EnterpriseCount > 1 || block == Establishment && ++current.EstablishmentCount > 1)
        {
            Add(PortfolioErrors.DsnBlockRepeated(line, Name(block)));
        }
        else if (block == Enterprise)
        {
            current.EnterpriseFirstLine = line;
        }
        else if (block == Establishment)
        {
            current.EstablishmentFirstLine = line;
        }
    }

    private void Capture(int block, int field, ReadOnlySpan<byte> bytes, int line)
    {
        switch (block)
        {
            case Sender:
                switch (field)
                {
                    case 1: _sender = (Text(bytes), _sender.Nic, _sender.Name, line); break;
                    case 2: _sender.Nic = Text(bytes); break;
                    case 3: _sender.Name = Text(bytes); break;
                }

                break;
            case DeclarationStart when _current is { } d:
                switch (field)
                {
                    case 1: d.Nature = (Text(bytes), line); break;
                    case 2: d.Type = (Text(bytes), line); break;
                    case 5: d.Month = (Text(bytes), line); break;
                }

                break;
            case Enterprise when _current is { EnterpriseCount: 1 } d:
                switch (field)
                {
                    case 1: d.Siren = (Text(bytes), line); break;
                    case 2: d.HeadOfficeNic = Text(bytes); break;
                }

                break;
            case Establishment when _current is { EstablishmentCount: 1 } d:
                switch (field)
                {
                    case 1: d.Nic = (Text(bytes), line); break;
                    case 3: d.Street = Text(bytes); break;
                    case 4: d.PostalCode = Text(bytes); break;
                    case 5: d.City = Text(bytes); break;
                }

                break;
            case Total:
                switch (field)
                {
                    case 1: _totalLines = (Text(bytes), line); break;
                    case 2: _totalDeclarations = (Text(bytes), line); break;
                }

                break;
        }
    }

    private static string Text(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);

    private void CloseDeclaration()
    {
        if (_current is not { } d)
        {
            return;
        }

        _current = null;
        var ok = true;
        ok &= Required(d.Nature, d.Line, "S20.G00.05.001", Natures.Contains);
        ok &= Required(d.Type, d.Line, "S20.G00.05.002", Types.Contains);
        ok &= Required(d.Month, d.Line, "S20.G00.05.005", v => Month(v) is not null);
        if (d.EnterpriseFirstLine == 0)
        {
            Add(PortfolioErrors.DsnBlockMissing(d.Line, "S21.G00.06"));
            ok = false;
        }
        else if (d.Siren.Value is null)
        {
            Add(PortfolioErrors.DsnRubricMissing(d.EnterpriseFirstLine, "S21.G00.06.001"));
            ok = false;
        }
        else if (!Siren.IsValid(d.Siren.Value))
        {
            Add(PortfolioErrors.DsnSirenInvalid(d.Siren.Line, d.Siren.Value));
            ok = false;
        }

        if (d.EstablishmentFirstLine == 0)
        {
            Add(PortfolioErrors.DsnBlockMissing(d.Line, "S21.G00.11"));
            ok = false;
        }
        else if (d.Nic.Value is null)
        {
            Add(PortfolioErrors.DsnRubricMissing(d.EstablishmentFirstLine, "S21.G00.11.001"));
            ok = false;
        }

        if (!ok)
        {
            return;
        }

        if (Siret.Of(d.Siren.Value!, d.Nic.Value!) is not { } siret)
        {
            Add(PortfolioErrors.DsnSiretInvalid(d.Nic.Line, d.Siren.Value + d.Nic.Value));
            return;
        }

        _declarations.Add(new DsnDeclaration(
            d.Line, d.Nature.Value!, d.Type.Value!, Month(d.Month.Value!)!.Value, siret, d.HeadOfficeNic,
            new DsnAddress(d.Street, d.PostalCode, d.City), d.Individuals));
    }

    private bool Required((string? Value, int Line) rubric, int blockLine, string name, Func<string, bool> valid)
    {
        if (rubric.Value is null)
        {
            Add(PortfolioErrors.DsnRubricMissing(blockLine, name));
            return false;
        }

        if (!valid(rubric.Value))
        {
            Add(PortfolioErrors.DsnValueInvalid(rubric.Line, name, rubric.Value));
            return false;
        }

        return true;
    }

    /// <summary>The declared month, <c>01MMYYYY</c>, as its first day.</summary>
    public static DateOnly? Month(string value) =>
        value.Length == 8 && value.All(char.IsAsciiDigit) && value[..2] == "01"
        && int.Parse(value[2..4], System.Globalization.CultureInfo.InvariantCulture) is var month and >= 1 and <= 12
        && int.Parse(value[4..], System.Globalization.CultureInfo.InvariantCulture) is var year and >= 2000 and <= 2100
            ? new DateOnly(year, month, 1)
            : null;

    private void CheckTotal()
    {
        if (_totalLines.Value is null)
        {
            Add(PortfolioErrors.DsnRubricMissing(_totalLine, "S90.G00.90.001"));
        }
        else if (_totalLines.Value != _rubricLines.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            Add(PortfolioErrors.DsnS90Lines(_totalLines.Line, _totalLines.Value, _rubricLines));
        }

        if (_totalDeclarations.Value is null)
        {
            Add(PortfolioErrors.DsnRubricMissing(_totalLine, "S90.G00.90.002"));
        }
        else if (_totalDeclarations.Value != _declarationCount.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            Add(PortfolioErrors.DsnS90Declarations(_totalDeclarations.Line, _totalDeclarations.Value, _declarationCount));
        }
    }

    /// <summary>The block read before the one starting, for a message.</summary>
    private string After => _block < 0 ? "" : Name(_block);

    private static string Name(int block) => $"S{block / 10000:00}.G{block / 100 % 100:00}.{block % 100:00}";

    private void Add(Error problem)
    {
        if (_problems.Count >= MaxProblems)
        {
            return;
        }

        _problems.Add(problem);
        if (_problems.Count == MaxProblems)
        {
            _problems.Add(PortfolioErrors.DsnTooManyProblems((int)problem.Arguments[0]!, MaxProblems));
            Stopped = true;
        }
    }

    private void Stop(Error problem)
    {
        _problems.Add(problem);
        Stopped = true;
    }

    /// <summary>What a declaration has said so far.</summary>
    private sealed class Declaration(int line)
    {
        public int Line { get; } = line;

        public bool HasS21 { get; set; }

        public int EnterpriseCount { get; set; }

        public int EnterpriseFirstLine { get; set; }

        public int EstablishmentCount { get; set; }

        public int EstablishmentFirstLine { get; set; }

        public int Individuals { get; set; }

        public (string? Value, int Line) Nature { get; set; }

        public (string? Value, int Line) Type { get; set; }

        public (string? Value, int Line) Month { get; set; }

        public (string? Value, int Line) Siren { get; set; }

        public string? HeadOfficeNic { get; set; }

        public (string? Value, int Line) Nic { get; set; }

        public string? Street { get; set; }

        public string? PostalCode { get; set; }

        public string? City { get; set; }
    }
}
