using System.Globalization;
using Modular.SharedKernel.Journals;

namespace Modular.Host.Hosting;

/// <summary>
/// Checks the chained journals (ADR 0052) for the integrity page (one organisation) and for
/// <c>Modular.Host verify-journals</c> (every chain), and says what it found.
/// </summary>
public static class JournalIntegrity
{
    public const string Command = "verify-journals";

    /// <summary>The journals in the order pages and reports show them.</summary>
    public static readonly IReadOnlyList<string> Journals = Array.AsReadOnly(["vault", "sharing", "portal", "portfolio"]);

    /// <summary>Checks every chained journal, or the one named, for an organisation or for all.</summary>
    public static async Task<IReadOnlyList<JournalVerdict>> VerifyAsync(IEnumerable<IJournalChain> journals, Guid? organisationId, string? journal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(journals);
        var verdicts = new List<JournalVerdict>();
        foreach (var chain in journals.Where(j => journal is null || j.Journal == journal).OrderBy(j => Order(j.Journal)))
        {
            verdicts.AddRange(await chain.VerifyAsync(organisationId, cancellationToken));
        }

        return verdicts;
    }

    /// <summary>The command: one line per chain, the first break of each broken one; 0 when all hold, 1 otherwise.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        await using var scope = services.CreateAsyncScope();
        var verdicts = await VerifyAsync(scope.ServiceProvider.GetServices<IJournalChain>(), null, null, cancellationToken);
        foreach (var verdict in verdicts)
        {
            await output.WriteLineAsync(Describe(verdict));
        }

        var broken = verdicts.Count(v => !v.Intact);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{verdicts.Count} chains checked, {verdicts.Sum(v => v.Checked)} entries intact, {broken} broken."));
        return broken == 0 ? 0 : 1;
    }

    /// <summary>One chain's result, for an operator: <c>vault 5b1f…: 124 entries intact</c> or where it breaks.</summary>
    public static string Describe(JournalVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return verdict.FirstBreak is { } at
            ? string.Create(CultureInfo.InvariantCulture,
                $"{verdict.Journal} {verdict.ChainId}: BROKEN at entry {at.Position} ({at.At:u}, row {at.Record}): {at.Kind switch
                {
                    ChainBreakKind.Altered => "changed after it was sealed",
                    ChainBreakKind.Missing => "an entry was deleted",
                    _ => "does not follow the entry before it",
                }}; {verdict.Checked} entries before it hold.")
            : string.Create(CultureInfo.InvariantCulture, $"{verdict.Journal} {verdict.ChainId}: {verdict.Checked} entries intact.");
    }

    private static int Order(string journal) => ((IList<string>)Journals).IndexOf(journal) is var i and >= 0 ? i : int.MaxValue;
}
