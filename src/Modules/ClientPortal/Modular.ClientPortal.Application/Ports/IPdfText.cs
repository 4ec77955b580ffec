namespace Modular.ClientPortal.Application.Ports;

/// <summary>What reading a PDF gave: its text (empty for a scan), or that it is locked by a password, or not a readable PDF.</summary>
internal enum PdfReadOutcome
{
    Read,
    Encrypted,
    Unreadable,
}

internal sealed record PdfReading(PdfReadOutcome Outcome, string Text);

/// <summary>Reads the text of a stored PDF for search.</summary>
internal interface IPdfText
{
    Task<PdfReading> ReadAsync(Stream pdf, CancellationToken cancellationToken);
}
