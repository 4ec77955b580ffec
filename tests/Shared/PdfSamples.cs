namespace Modular.Tests.Shared;

/// <summary>PDFs the portal must tell apart, made with PDFsharp: one locked by a password, one with a page and no text.</summary>
public static class PdfSamples
{
    public static byte[] Encrypted()
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        document.AddPage();
        document.SecuritySettings.UserPassword = "secret";
        document.SecuritySettings.OwnerPassword = "owner";
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    public static byte[] WithoutText()
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        document.AddPage();
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }
}
