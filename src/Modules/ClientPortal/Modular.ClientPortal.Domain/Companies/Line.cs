namespace Modular.ClientPortal.Domain.Companies;

/// <summary>The lines of insurance (twin of Contracts' InsuranceLine).</summary>
internal enum Line
{
    Ijm,
    Laa,
    Laac,
}

internal static class Lines
{
    /// <summary>The name people read, the same in French and English: IJM, LAA, LAAC.</summary>
    public static string Code(this Line line) => line.ToString().ToUpperInvariant();

    /// <summary>IJM, LAA or LAAC in any case, with spaces; null otherwise.</summary>
    public static Line? Parse(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "IJM" => Line.Ijm,
        "LAA" => Line.Laa,
        "LAAC" => Line.Laac,
        _ => null,
    };
}
