using System.Globalization;
using Modular.Delegation.Application.Ports;
using Modular.SharedKernel.Text;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Modular.Delegation.Infrastructure.Forms;

/// <summary>
/// Writes a mandate form as one A4 PDF (PDFsharp): the mandator's part and signature, the
/// « section Utilisateur » and the mandatary's signature (or the day it must be signed by), the
/// decision. Drawn and scanned signatures are drawn as they were given; a digital one is named by
/// its certificate, and one still to give (the PDF to sign) says it comes as a <c>.p7s</c>. Dates are the operator's (<c>Modular:TimeZone</c>), words the reader's.
/// </summary>
internal sealed class PdfMandateForms(DisplayTime display) : IMandateForms
{
    private const double Margin = 50;
    private static readonly XFont Title = new(EmbeddedFonts.Family, 15, XFontStyleEx.Bold);
    private static readonly XFont Heading = new(EmbeddedFonts.Family, 11.5, XFontStyleEx.Bold);
    private static readonly XFont Label = new(EmbeddedFonts.Family, 9, XFontStyleEx.Bold);
    private static readonly XFont Text = new(EmbeddedFonts.Family, 9.5, XFontStyleEx.Regular);

    public byte[] Render(MandateFormContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        EmbeddedFonts.EnsureInstalled();
        var words = FormWords.For(content.Language);
        using var document = new PdfDocument();
        document.Info.Title = words.Title;
        document.Info.Subject = $"{content.MandataryName} — {content.MandatorName} — {content.ServiceName}";
        var page = document.AddPage();
        page.Size = PageSize.A4;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var writer = new Writer(gfx, page.Width.Point - (2 * Margin));
            writer.Line(words.Title, Title, 22);
            writer.Line($"{words.Reference} {content.RequestId} · {words.MadeOn} {Day(content.CreatedAt, content.Language)}", Text, 20);

            writer.Line(words.MandatorPart, Heading, 18);
            writer.Field(words.Organisation, content.OrganisationName);
            writer.Field(words.Name, content.MandatorName);
            writer.Field(words.Email, content.MandatorEmail);
            writer.Field(words.Service, content.ServiceName);
            writer.Field(words.Category, words.CategoryName(content.Category));
            writer.Field(words.Mandatary, content.MandataryName);
            writer.Field(words.EndsOn, display.Date(content.EndsOn, content.Language));
            Signature(writer, words, content.MandatorSignature, content.Language);

            writer.Gap(10);
            writer.Line(words.UserSection, Heading, 18);
            if (content.MandatarySignature is { } theirs && content.MandataryEmail is not null)
            {
                writer.Field(words.Email, content.MandataryEmail ?? "");
                Signature(writer, words, theirs, content.Language);
            }
            else
            {
                writer.Paragraph(string.Format(CultureInfo.InvariantCulture, words.AwaitedBefore, Day(content.ExpiresAt, content.Language)));
            }

            writer.Gap(10);
            writer.Line(words.Decision, Heading, 18);
            writer.Field(words.State, words.StateName(content.State));
            if (content.DecidedAt is { } decided)
            {
                writer.Field(words.DecidedOn, Day(decided, content.Language));
            }

            if (content.RefusalReason is { } reason)
            {
                writer.Field(words.Reason, reason);
            }

            writer.Gap(14);
            writer.Paragraph(words.OnePerForm);
        }

        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    private void Signature(Writer writer, FormWords words, FormSignature signature, string language)
    {
        if (signature.SignedAt is not { } signedAt)
        {
            writer.Field(words.Signature, words.DigitalPending);
            return;
        }

        writer.Field(words.Signature, $"{words.KindName(signature.Kind)}, {display.DateAndTime(signedAt, language)}");
        if (signature.Image is { } image)
        {
            using var stream = new MemoryStream(image, writable: false);
            using var picture = XImage.FromStream(stream);
            writer.Image(picture, maxWidth: 220, maxHeight: 70);
        }
        else if (signature.SignerSubject is { } subject)
        {
            writer.Field(words.Certificate, signature.CertificateNotAfter is { } end ? $"{subject} ({words.ValidUntil} {display.Date(end, language)})" : subject);
        }
    }

    private string Day(DateTimeOffset at, string language) => display.Date(at, language);

    /// <summary>Lines down the page, from the top margin, wrapped to the width.</summary>
    private sealed class Writer(XGraphics gfx, double width)
    {
        private const double LabelWidth = 150;
        private double _y = Margin;

        public void Line(string text, XFont font, double height)
        {
            gfx.DrawString(text, font, XBrushes.Black, new XRect(Margin, _y, width, height), XStringFormats.TopLeft);
            _y += height;
        }

        public void Gap(double height) => _y += height;

        public void Field(string label, string value)
        {
            gfx.DrawString(label, Label, XBrushes.DimGray, new XRect(Margin, _y, LabelWidth, 14), XStringFormats.TopLeft);
            var lines = Wrap(value, Text, width - LabelWidth);
            foreach (var line in lines)
            {
                gfx.DrawString(line, Text, XBrushes.Black, new XRect(Margin + LabelWidth, _y, width - LabelWidth, 14), XStringFormats.TopLeft);
                _y += 14;
            }

            _y += 2;
        }

        public void Paragraph(string text)
        {
            foreach (var line in Wrap(text, Text, width))
            {
                gfx.DrawString(line, Text, XBrushes.Black, new XRect(Margin, _y, width, 14), XStringFormats.TopLeft);
                _y += 14;
            }
        }

        public void Image(XImage image, double maxWidth, double maxHeight)
        {
            var scale = Math.Min(maxWidth / image.PointWidth, maxHeight / image.PointHeight);
            var (w, h) = (image.PointWidth * scale, image.PointHeight * scale);
            gfx.DrawRectangle(XPens.LightGray, Margin + LabelWidth - 2, _y - 2, w + 4, h + 4);
            gfx.DrawImage(image, Margin + LabelWidth, _y, w, h);
            _y += h + 8;
        }

        private List<string> Wrap(string text, XFont font, double room)
        {
            var lines = new List<string>();
            var current = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && gfx.MeasureString(candidate, font).Width > room)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }

            lines.Add(current);
            return lines;
        }
    }
}
