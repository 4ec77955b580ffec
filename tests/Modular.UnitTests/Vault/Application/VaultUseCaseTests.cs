using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Infrastructure.Storage;
using Modular.SharedKernel.Results;
using Modular.UnitTests.Fakes;
using Modular.Vault.Application.Access;
using Modular.Vault.Application.Documents;
using Modular.Vault.Application.Invitations;
using Modular.Vault.Application.Links;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.Links;
using Modular.Vault.Domain.People;

namespace Modular.UnitTests.Vault.Application;

/// <summary>
/// What the vault's document and link use case tests stand on: an agent of one organisation, a
/// folder of theirs, the module's store in memory, a stopped clock and a real blob folder.
/// </summary>
public abstract class VaultUseCaseTests : IDisposable
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    protected static readonly Guid Organisation = Guid.NewGuid();
    protected static readonly Guid AgentId = Guid.NewGuid();
    protected static readonly byte[] PdfHead = "%PDF-1.7\n%âãÏÓ\n"u8.ToArray();

    private readonly string _root = Directory.CreateTempSubdirectory("modular-vault-").FullName;

    private protected VaultUseCaseTests()
    {
        Blobs = new FileSystemBlobStore(_root);
        Folder = StoredFolder("Sinistre auto");
    }

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    private protected InMemoryVaultStore Store { get; } = new();

    private protected StoppedClock Clock { get; } = new(Now);

    private protected FileSystemBlobStore Blobs { get; }

    private protected Folder Folder { get; }

    /// <summary>The agent who manages every folder of the organisation.</summary>
    private protected static Caller Agent { get; } = new(AgentId, Organisation, roles: [VaultScopes.AgentRole]);

    /// <summary>The access decision for <paramref name="caller"/>; <paramref name="identity"/> answers for API clients.</summary>
    private protected FolderAccess AccessFor(Caller caller, OtherModules? identity = null) => new(Store, caller, identity ?? new OtherModules());

    private protected BlobPurger Purger() => new(Store, Blobs);

    /// <summary>Makes an invitation's link and code, with the codes and secrets shown in what it queues.</summary>
    private protected InvitationIssuer Issuer() => new(Store, new KeyedCodes(), new VisibleCodes(), new VisibleSecrets(), new PublicLinks());

    /// <summary>Identity answering for the signed-in agent's account; <paramref name="meanwhile"/> runs when it is asked (what happens while a use case waits for it).</summary>
    private protected static OtherModules AgentAccount(Action? meanwhile = null) => new OtherModules().Answer<GetMyAccountQuery, Result<AccountDto>>(_ =>
    {
        meanwhile?.Invoke();
        return new AccountDto(AgentId, "agent1@demo.test", "Antoine Agent", Organisation, "Cabinet Démo", [VaultScopes.AgentRole], "ABCD1234", false, 0, false, "fr");
    });

    /// <summary>Identity failing to say who the agent is: a use case goes on without their names.</summary>
    private protected static OtherModules AccountUnavailable() =>
        new OtherModules().Answer<GetMyAccountQuery, Result<AccountDto>>(_ => Error.NotFound("account-not-found", "Ce compte est introuvable."));

    /// <summary>A person of the organisation's directory (not invited: no account), with an email address unless told otherwise.</summary>
    private protected Person StoredPerson(string? email = "alain@example.fr", string? mobile = null, bool postalAddress = false)
    {
        var details = postalAddress
            ? new PersonDetails("Dupont", "Alain", null, email, mobile, "12 rue des Lilas", null, "69003", "Lyon", null)
            : new PersonDetails("Dupont", "Alain", null, email, mobile, null, null, null, null, null);
        var person = Person.Create(Organisation, "Cabinet Démo", details, AgentId, Now).Value;
        Store.People.Add(person);
        return person;
    }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        GC.SuppressFinalize(this);
    }

    private protected Folder StoredFolder(string name, Guid? organisation = null, bool isPublic = false)
    {
        var folder = Modular.Vault.Domain.Folders.Folder.Create(organisation ?? Organisation, name, isPublic, AgentId, Now.AddDays(-2)).Value;
        Store.Folders.Add(folder);
        return folder;
    }

    /// <summary>A person invited into the organisation's vault, signed in: they read its public folders.</summary>
    private protected Caller InvitedPerson()
    {
        var user = Guid.NewGuid();
        StoredPerson().LinkAccount(user);
        return new Caller(user, null);
    }

    /// <summary>An invitation of <paramref name="person"/>'s, sent at <paramref name="at"/> (its email already gone).</summary>
    private protected Invitation StoredInvitation(Person person, DateTimeOffset at)
    {
        var invitation = Invitation.Create(person, null, AgentId, null, at).Value;
        Issuer().Issue(invitation, person, "", "fr", at, isReminder: false);
        Store.Invitations.Add(invitation);
        Store.Pending.Clear();
        return invitation;
    }

    /// <summary>A download link of the agent's on <paramref name="document"/>, made an hour ago, in the document's organisation unless told otherwise.</summary>
    private protected DownloadLink StoredLink(Document document, string? recipient = null, Guid? organisation = null, Guid? folderId = null)
    {
        var link = DownloadLink.Create(
            organisation ?? document.OrganisationId, folderId ?? document.FolderId, AgentId, [document.Id], recipient, "Cabinet Démo", "agent1@demo.test",
            LinkTokens.New().Hash, _ => [1, 2, 3], Now.AddHours(-1)).Value;
        Store.Links.Add(link);
        return link;
    }

    /// <summary>Sets what only the store's conditional updates change on a link (used, locked, revoked, its ZIP).</summary>
    private protected static void Set<T>(DownloadLink link, string property, T value) => typeof(DownloadLink).GetProperty(property)!.SetValue(link, value);

    /// <summary>A document of <paramref name="folder"/> whose bytes are in the blob folder.</summary>
    private protected async Task<Document> StoredDocumentAsync(Folder folder, string name = "attestation.pdf", int padding = 100)
    {
        var blob = await Blobs.PutAsync(new MemoryStream([.. PdfHead, .. new byte[padding]]), Ct);
        var document = Document.Create(folder.Id, folder.OrganisationId, DocumentFileName.Parse(name).Value, "application/pdf", blob.Length, blob.Id, AgentId, Now.AddDays(-1));
        Store.Documents.Add(document);
        return document;
    }
}
