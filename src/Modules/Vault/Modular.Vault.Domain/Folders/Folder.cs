using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;

namespace Modular.Vault.Domain.Folders;

/// <summary>
/// A folder of an organisation's vault ("dossier" of the "Coffre"). Public folders are readable by
/// everyone invited into the vault; private ones only by those granted access. A deleted folder
/// keeps its row, name and journal (the store hides it from every other read) while its documents,
/// rights and open links go with it, so that the record of what it held survives it.
/// </summary>
internal sealed class Folder : AggregateRoot<Guid>
{
    public const int MaxNameLength = 120;

    /// <summary>Room for the name's key, and for the suffix the migration that introduced keys gave older folders whose names then clashed.</summary>
    public const int MaxNameKeyLength = MaxNameLength + 40;

    private Folder(Guid id, Guid organisationId, string name, bool isPublic, Guid createdBy, DateTimeOffset now)
        : base(id)
    {
        OrganisationId = organisationId;
        Name = name;
        NameKey = KeyOf(name);
        IsPublic = isPublic;
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    private Folder()
        : base(Guid.Empty)
    {
        Name = "";
        NameKey = "";
    }

    /// <summary>The vault is the organisation's: one per organisation.</summary>
    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; }

    /// <summary>
    /// The name as the vault compares it: « Contrats », « contrats » and « Contrâts » are one name
    /// within an organisation's vault (a unique index holds the rule, home pages aside).
    /// </summary>
    public string NameKey { get; private set; }

    public bool IsPublic { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Set on the home page of a person of the directory ("page d'accueil"), which the person may write to.</summary>
    public Guid? HomeOfPersonId { get; private set; }

    /// <summary>When an agent deleted the folder; the store then hides it from every read but the deleted folders' list.</summary>
    public DateTimeOffset? DeletedAt { get; private set; }

    public Guid? DeletedBy { get; private set; }

    public static Result<Folder> Create(Guid organisationId, string? name, bool isPublic, Guid createdBy, DateTimeOffset now)
    {
        var clean = CleanName(name);
        return clean.IsFailure ? clean.Error : new Folder(Guid.CreateVersion7(now), organisationId, clean.Value, isPublic, createdBy, now);
    }

    /// <summary>The home page of a person invited into the vault: private, and named after them.</summary>
    public static Folder CreateHomePage(Guid organisationId, Guid personId, string personName, Guid createdBy, DateTimeOffset now)
    {
        var name = $"Page d'accueil – {personName}";
        return new Folder(Guid.CreateVersion7(now), organisationId, name.Length > MaxNameLength ? name[..MaxNameLength] : name, isPublic: false, createdBy, now)
        {
            HomeOfPersonId = personId,
        };
    }

    public Result Rename(string? name)
    {
        var clean = CleanName(name);
        if (clean.IsFailure)
        {
            return clean.Error;
        }

        Name = clean.Value;
        NameKey = KeyOf(clean.Value);
        return Result.Success();
    }

    /// <summary>
    /// Marks the folder deleted (the caller removes its documents and rights, and revokes its
    /// links, in the same transaction). A person's home page is theirs while they have access to the
    /// vault: it is not deleted.
    /// </summary>
    public Result Delete(Guid deletedBy, DateTimeOffset now)
    {
        if (HomeOfPersonId is not null)
        {
            return VaultErrors.FolderIsHomePage;
        }

        if (DeletedAt is not null)
        {
            return VaultErrors.FolderNotFound;
        }

        DeletedAt = now;
        DeletedBy = deletedBy;
        return Result.Success();
    }

    /// <summary>A folder name's key: lower case, without accents (SharedKernel's search fold).</summary>
    public static string KeyOf(string name) => SearchText.Fold(name);

    private static Result<string> CleanName(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return VaultErrors.FolderNameMissing;
        }

        if (trimmed.Length > MaxNameLength)
        {
            return VaultErrors.FolderNameTooLong(MaxNameLength);
        }

        if (trimmed.Any(char.IsControl))
        {
            return VaultErrors.FolderNameInvisible;
        }

        return trimmed;
    }
}
