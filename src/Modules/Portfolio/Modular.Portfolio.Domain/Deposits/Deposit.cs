using Modular.Portfolio.Domain.Dsn;
using Modular.SharedKernel.Domain;

namespace Modular.Portfolio.Domain.Deposits;

internal enum DeclarationOutcome
{
    /// <summary>The establishment was not in the portfolio: added, « À compléter ».</summary>
    Added,

    /// <summary>Already in the portfolio: its filing for the month recorded.</summary>
    AlreadyThere,

    /// <summary>Not taken: see the reason.</summary>
    Refused,
}

/// <summary>Why a declaration of an accepted file was not taken.</summary>
internal static class RefusalReasons
{
    /// <summary>The establishment was taken out of the portfolio: it comes back only when added again by hand.</summary>
    public const string Removed = "removed";

    /// <summary>A collaborator deposited for an establishment outside their delegation (or a new one: only the administrator adds).</summary>
    public const string OutsideProfile = "outside-profile";
}

/// <summary>One declaration of a deposited file, and what became of it.</summary>
internal sealed record DepositLine(
    int Position,
    string Siret,
    DateOnly Month,
    string Nature,
    string Type,
    string? Street,
    string? PostalCode,
    string? City,
    int Individuals,
    DeclarationOutcome Outcome,
    string? RefusalReason,
    Guid? EstablishmentId);

/// <summary>
/// A DSN file a firm deposited, kept with its SHA-256 (the file itself in the blob store), and per
/// declaration what it did to the portfolio. A file is deposited once per firm: the same bytes again
/// find this deposit.
/// </summary>
internal sealed class Deposit : AggregateRoot<Guid>
{
    public const int FileNameMaxLength = 255;

    private readonly List<DepositLine> _lines = [];

    private Deposit(Guid id)
        : base(id)
    {
        FileName = "";
        Sha256 = "";
        SenderSiren = "";
    }

    public Guid FirmId { get; private set; }

    public string FileName { get; private set; }

    /// <summary>The file's SHA-256 in hex: its blob's id too.</summary>
    public string Sha256 { get; private set; }

    public long Size { get; private set; }

    public DateTimeOffset DepositedAt { get; private set; }

    /// <summary>The person who deposited it; null when a system did, by API (<see cref="DepositedByClient"/>).</summary>
    public Guid? DepositedBy { get; private set; }

    public string? DepositedByClient { get; private set; }

    public string SenderSiren { get; private set; }

    public string? SenderNic { get; private set; }

    public int RubricLines { get; private set; }

    public IReadOnlyList<DepositLine> Lines => _lines;

    public static Deposit Of(Guid firmId, string fileName, string sha256, long size, DsnEnvoi envoi, Guid? by, string? byClient, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(envoi);
        ArgumentNullException.ThrowIfNull(fileName);
        return new Deposit(Guid.CreateVersion7(now))
        {
            FirmId = firmId,
            FileName = fileName.Length > FileNameMaxLength ? fileName[..FileNameMaxLength] : fileName,
            Sha256 = sha256,
            Size = size,
            DepositedAt = now,
            DepositedBy = by,
            DepositedByClient = byClient,
            SenderSiren = envoi.SenderSiren,
            SenderNic = envoi.SenderNic,
            RubricLines = envoi.RubricLines,
        };
    }

    public void Record(DsnDeclaration declaration, DeclarationOutcome outcome, string? refusalReason, Guid? establishmentId)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        _lines.Add(new DepositLine(
            _lines.Count, declaration.Siret.Value, declaration.Month, declaration.Nature, declaration.Type,
            declaration.Address.Street, declaration.Address.PostalCode, declaration.Address.City, declaration.Individuals,
            outcome, refusalReason, establishmentId));
    }
}
