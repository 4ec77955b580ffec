using Modular.ClientPortal.Application.Ports;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Modular.ClientPortal.Infrastructure.Storage;

/// <summary>
/// Reads a PDF's words with PdfPig, page by page, up to the length the module keeps. A PDF that
/// needs a password is reported as such; one PdfPig cannot parse is reported unreadable (a viewer
/// may still open it: the module publishes it without text).
/// </summary>
internal sealed class PdfPigText : IPdfText
{
    public Task<PdfReading> ReadAsync(Stream pdf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        return Task.Run(() => Read(pdf, cancellationToken), cancellationToken);
    }

    private static PdfReading Read(Stream pdf, CancellationToken cancellationToken)
    {
        try
        {
            using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true });
            var text = new System.Text.StringBuilder();
            foreach (var page in document.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var word in page.GetWords())
                {
                    text.Append(word.Text).Append(' ');
                }

                text.Append('\n');
                if (text.Length >= Domain.Documents.PortalDocument.TextMaxLength)
                {
                    break;
                }
            }

            return new PdfReading(PdfReadOutcome.Read, text.ToString().Trim());
        }
        catch (PdfDocumentEncryptedException)
        {
            return new PdfReading(PdfReadOutcome.Encrypted, "");
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return new PdfReading(PdfReadOutcome.Unreadable, "");
        }
    }
}
