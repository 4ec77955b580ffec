using Modular.Portfolio.Domain.Establishments;
using Modular.SharedKernel.Results;

namespace Modular.Portfolio.Domain.Dsn;

/// <summary>An establishment's address as its declaration gives it (S21.G00.11.003 to .005).</summary>
internal sealed record DsnAddress(string? Street, string? PostalCode, string? City)
{
    public override string ToString() => string.Join(", ", new[] { Street, $"{PostalCode} {City}".Trim() }.Where(p => !string.IsNullOrWhiteSpace(p)));
}

/// <summary>
/// One declaration of an envoi (from S20.G00.05 to the next one or the total): what it declares,
/// for which establishment, and how many individuals.
/// </summary>
internal sealed record DsnDeclaration(
    int Line,
    string Nature,
    string Type,
    DateOnly Month,
    Siret Siret,
    string? HeadOfficeNic,
    DsnAddress Address,
    int Individuals)
{
    /// <summary>Type 03 or 05: it cancels and replaces the month's earlier declaration.</summary>
    public bool CancelsAndReplaces => Type is "03" or "05";

    /// <summary>Type 04: it cancels the month's earlier declaration.</summary>
    public bool Cancels => Type == "04";
}

/// <summary>
/// An envoi read whole: who sent it (often the accounting firm itself, which is never added), and
/// its declarations in order; <see cref="SenderName"/> only when the sender named itself.
/// </summary>
internal sealed record DsnEnvoi(string SenderSiren, string? SenderNic, string? SenderName, IReadOnlyList<DsnDeclaration> Declarations, int RubricLines);

/// <summary>What reading a DSN gave: the envoi when it has no problem, else every problem found, each with its line.</summary>
internal sealed record DsnReading(DsnEnvoi? Envoi, IReadOnlyList<Error> Problems)
{
    public bool IsValid => Envoi is not null && Problems.Count == 0;
}
