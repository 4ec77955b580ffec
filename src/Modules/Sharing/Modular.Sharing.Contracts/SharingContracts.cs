using Modular.SharedKernel.Delegation;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Sharing.Contracts;

/// <summary>The scope an API token needs for every Sharing endpoint, and the role that works on client files.</summary>
public static class SharingScopes
{
    public const string Sharing = "sharing";

    /// <summary>Only agents work on client case files ("droits d'accès pour travailler dans le dossier du client").</summary>
    public const string CaseWorkerRole = "Agent";
}

/// <summary>The Sharing module's online service a professional may mandate a member of their staff to use.</summary>
public static class SharingServices
{
    /// <summary>« Mes dossiers »: the client case files, their share keys and imports.</summary>
    public static readonly DelegableService CaseFiles = new(
        "sharing.case-files", "Mes dossiers", "My case files", [StaffCategory.Administrative, StaffCategory.Professional], [SharingScopes.Sharing]);
}

/// <summary>Who the client of a case file is.</summary>
public sealed record ClientIdentityDto(
    string LastName,
    string? FirstName,
    DateOnly? BirthDate,
    string? Email,
    string? Phone,
    string? Address);

/// <summary>An insurance policy held by the client ("contrat").</summary>
public sealed record PolicyDto(string Insurer, string Number, string Product, decimal AnnualPremium);

/// <summary>A free section of the case file: a titled block of text.</summary>
public sealed record SectionDto(string Title, string Body);

/// <summary>What a person writes in a case file: everything but its identity and history.</summary>
public sealed record CaseFileContentDto(
    ClientIdentityDto Client,
    IReadOnlyList<PolicyDto> Policies,
    string? Notes,
    IReadOnlyList<SectionDto> Sections);

public sealed record CaseFileSummaryDto(
    Guid Id,
    Guid LineageId,
    string ClientName,
    int PolicyCount,
    int Revision,
    DateTimeOffset UpdatedAt,
    bool Imported);

public enum CaseFileHistoryKind
{
    Created,
    Edited,
    Shared,
    Imported,
    Overwritten,
    Restored,
    ShareKeyRevoked,
}

/// <summary>One line of a case file's history: who did what, when.</summary>
public sealed record CaseFileHistoryEntryDto(DateTimeOffset At, CaseFileHistoryKind Kind, Guid ActorId, string? Detail)
{
    /// <summary>The mandatary who wrote the line for <see cref="ActorId"/>, when one did.</summary>
    public Guid? ActingUserId { get; init; }

    /// <summary>The actor's name as the organisation knows them now.</summary>
    public string? ActorName { get; init; }

    /// <summary>The mandatary's name, when one wrote the line (« Claire Martin pour le compte de Dr Jean Dupont »).</summary>
    public string? ActingName { get; init; }
}

/// <summary>A version erased by an import, which the owner can bring back until <see cref="ExpiresAt"/>.</summary>
public sealed record RestorePointDto(Guid Id, int Revision, string ClientName, DateTimeOffset OverwrittenAt, DateTimeOffset ExpiresAt);

public sealed record CaseFileDto(
    Guid Id,
    Guid LineageId,
    CaseFileContentDto Content,
    int Revision,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<CaseFileHistoryEntryDto> History,
    IReadOnlyList<RestorePointDto> RestorePoints);

public enum ShareKeyStatus
{
    Pending,
    Used,
    Expired,
    Revoked,
}

/// <summary>A key as its issuer sees it later: never the key itself, which is shown once.</summary>
public sealed record ShareKeyDto(
    Guid Id,
    Guid CaseFileId,
    string ClientName,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    ShareKeyStatus Status,
    DateTimeOffset? UsedAt,
    DateTimeOffset? RevokedAt,
    string KeyEnding = "",
    string? RecipientEmail = null,
    string? UsedByName = null);

/// <summary>A freshly issued key: <see cref="Key"/> is the only time it exists in clear.</summary>
public sealed record IssuedShareKeyDto(Guid Id, string Key, DateTimeOffset ExpiresAt);

/// <summary>
/// A field or section an overwrite would erase (extension <c>erased</c> of the <c>case-exists</c> problem):
/// <paramref name="Field"/> is one of lastName, firstName, birthDate, email, phone, address, policy, notes,
/// section; <paramref name="Name"/> names the policy or section; <paramref name="Label"/> says it in French.
/// </summary>
public sealed record ErasedFieldDto(string Field, string? Name, string Label);

/// <summary>What an import did: the case file it created or overwrote.</summary>
public sealed record ImportedCaseFileDto(Guid CaseFileId, bool Overwritten);

// ---- Case files ("Mes dossiers") ----

/// <summary>The caller's own case files, newest first; <paramref name="Search"/> matches the client's name.</summary>
[RequireRole(SharingScopes.CaseWorkerRole)]
[RequireScope(SharingScopes.Sharing)]
public sealed record ListMyCaseFilesQuery(string? Search, int Page = 1, int PageSize = 20) : IQuery<PagedList<CaseFileSummaryDto>>;

[RequireRole(SharingScopes.CaseWorkerRole)]
[RequireScope(SharingScopes.Sharing)]
public sealed record GetCaseFileQuery(Guid CaseFileId) : IQuery<CaseFileDto>;

[RequireRole(SharingScopes.CaseWorkerRole)]
[RequireScope(SharingScopes.Sharing)]
public sealed record CreateCaseFileCommand(CaseFileContentDto Content) : ICommand<Guid>;

/// <summary>Saves a new version; refused when the case file changed since <paramref name="ExpectedRevision"/> was read. Returns the new revision.</summary>
[RequireRole(SharingScopes.CaseWorkerRole)]
[RequireScope(SharingScopes.Sharing)]
public sealed record UpdateCaseFileCommand(Guid CaseFileId, int ExpectedRevision, CaseFileContentDto Content) : ICommand<int>;

/// <summary>Deletes a case file; keys already issued for it still import their snapshot.</summary>
[RequireRole(SharingScopes.CaseWorkerRole)]
[RequireScope(SharingScopes.Sharing)]
public sealed record DeleteCaseFileCommand(Guid CaseFileId) : ICommand;

/// <summary>Brings back a version an import erased, keeping the current one as a restore point in turn.</summary>
[RequireRole(SharingScopes.CaseWorkerRole)]
[RequireScope(SharingScopes.Sharing)]
public sealed record RestoreCaseFileCommand(Guid CaseFileId, Guid RestorePointId) : ICommand<int>;

// ---- Share keys ("Partager ce dossier", "Mes clés de partage") ----

/// <summary>"Partager ce dossier": a single-use key for a snapshot of the case file as it is now.</summary>
[RequireRole(SharingScopes.CaseWorkerRole)]
[RequireScope(SharingScopes.Sharing)]
public sealed record IssueShareKeyCommand(Guid CaseFileId) : ICommand<IssuedShareKeyDto>;

/// <summary>
/// Sends a key just issued to a colleague by email. The key must be the one issued as
/// <paramref name="ShareKeyId"/> by the caller and still pending: nothing else can be sent this way.
/// </summary>
[RequireRole(SharingScopes.CaseWorkerRole)]
[RequireScope(SharingScopes.Sharing)]
public sealed record SendShareKeyCommand(Guid ShareKeyId, string Key, string RecipientEmail, string Culture) : ICommand;

[RequireRole(SharingScopes.CaseWorkerRole)]
[RequireScope(SharingScopes.Sharing)]
public sealed record ListMyShareKeysQuery(ShareKeyStatus? Status, int Page = 1, int PageSize = 20) : IQuery<PagedList<ShareKeyDto>>;

/// <summary>Revokes a pending key; a used, expired or already revoked key cannot be revoked.</summary>
[RequireRole(SharingScopes.CaseWorkerRole)]
[RequireScope(SharingScopes.Sharing)]
public sealed record RevokeShareKeyCommand(Guid ShareKeyId) : ICommand;

// ---- Import ("Importer un fichier partagé") ----

/// <summary>
/// Redeems a key: the snapshot becomes a case file of the caller's, or overwrites the caller's copy of
/// the same lineage when <paramref name="ConfirmOverwrite"/> is set (otherwise: conflict <c>case-exists</c>
/// listing what would be erased, nothing consumed). Failed attempts count per user and per
/// <paramref name="RemoteAddress"/> for throttling.
/// </summary>
[RequireRole(SharingScopes.CaseWorkerRole)]
[RequireScope(SharingScopes.Sharing)]
public sealed record ImportSharedCaseFileCommand(string Key, bool ConfirmOverwrite, string? RemoteAddress) : ICommand<ImportedCaseFileDto>;
