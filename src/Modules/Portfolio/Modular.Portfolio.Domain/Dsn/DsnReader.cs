using System.Buffers;

namespace Modular.Portfolio.Domain.Dsn;

/// <summary>
/// Reads a DSN file as it streams in: bytes are cut into lines on LF (a CR before it is dropped, so
/// CRLF and LF files both read), each line checked and given to <see cref="DsnParser"/>, never the
/// whole file in memory (one buffer and one line at a time). A line longer than
/// <see cref="DsnParser.MaxLineLength"/> is reported without being kept.
/// </summary>
internal static class DsnReader
{
    private const int BufferSize = 64 * 1024;

    public static async Task<DsnReading> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var parser = new DsnParser();
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        var line = ArrayPool<byte>.Shared.Rent(DsnParser.MaxLineLength + 2);
        try
        {
            var (length, number, any) = (0, 0, false);
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                any = true;
                var rest = buffer.AsSpan(0, read);
                while (!rest.IsEmpty)
                {
                    var end = rest.IndexOf((byte)'\n');
                    var piece = end < 0 ? rest : rest[..end];
                    // Kept up to two bytes past the limit: enough to know the line, its CR dropped, is too long.
                    var kept = Math.Min(DsnParser.MaxLineLength + 2 - length, piece.Length);
                    piece[..kept].CopyTo(line.AsSpan(length));
                    length += kept;
                    if (end < 0)
                    {
                        break;
                    }

                    parser.Line(++number, Trimmed(line, length));
                    if (parser.Stopped)
                    {
                        return parser.Finish(number);
                    }

                    length = 0;
                    rest = rest[(end + 1)..];
                }
            }

            if (!any)
            {
                return new DsnReading(null, [PortfolioErrors.DsnEmpty]);
            }

            if (length > 0)
            {
                parser.Line(++number, Trimmed(line, length));
            }

            return parser.Finish(number);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<byte>.Shared.Return(line);
        }
    }

    /// <summary>
    /// The line's bytes kept, without a final CR (a line of the longest length reads the same with
    /// CRLF or LF), and at most the limit and one: more, it is too long whatever its end.
    /// </summary>
    private static ReadOnlySpan<byte> Trimmed(byte[] line, int length)
    {
        var kept = line.AsSpan(0, Math.Min(length, DsnParser.MaxLineLength + 1));
        return length <= DsnParser.MaxLineLength + 1 && kept.Length > 0 && kept[^1] == (byte)'\r' ? kept[..^1] : kept;
    }
}
