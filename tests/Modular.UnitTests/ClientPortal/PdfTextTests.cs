using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Infrastructure.Storage;
using Modular.SharedKernel.Infrastructure.Seeding;
using Modular.Tests.Shared;

namespace Modular.UnitTests.ClientPortal;

public sealed class PdfTextTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_words_of_a_PDF_are_read_for_search()
    {
        using var pdf = new MemoryStream(DemoPdf.Create("Lettre de paiement", ["Indemnités journalières du mois de mars.", "Assuré : Julien Rossier."]));

        var reading = await new PdfPigText().ReadAsync(pdf, Ct);

        Assert.Equal(PdfReadOutcome.Read, reading.Outcome);
        Assert.Contains("Indemnités", reading.Text, StringComparison.Ordinal);
        Assert.Contains("Rossier.", reading.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_PDF_locked_by_a_password_is_told_apart()
    {
        using var pdf = new MemoryStream(PdfSamples.Encrypted());

        var reading = await new PdfPigText().ReadAsync(pdf, Ct);

        Assert.Equal(PdfReadOutcome.Encrypted, reading.Outcome);
    }

    [Fact]
    public async Task A_PDF_without_text_reads_empty_and_a_broken_one_unreadable()
    {
        using var scan = new MemoryStream(PdfSamples.WithoutText());
        Assert.Equal(new PdfReading(PdfReadOutcome.Read, ""), await new PdfPigText().ReadAsync(scan, Ct));

        using var broken = new MemoryStream("%PDF-1.4\nnot really a PDF"u8.ToArray());
        Assert.Equal(PdfReadOutcome.Unreadable, (await new PdfPigText().ReadAsync(broken, Ct)).Outcome);
    }
}
