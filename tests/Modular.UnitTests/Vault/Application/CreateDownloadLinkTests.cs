using Modular.SharedKernel.Results;
using Modular.UnitTests.Fakes;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.Links.CreateDownloadLink;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Links;

namespace Modular.UnitTests.Vault.Application;

/// <summary>
/// « Lien de téléchargement »: documents of one folder behind a one-time link and a 6-digit code
/// (the agent's or one made for them); with a recipient, the link goes by email, never the code.
/// Whatever is refused leaves no link behind.
/// </summary>
public sealed class CreateDownloadLinkTests : VaultUseCaseTests
{
    private OtherModules _identity = AgentAccount();

    private Task<Result<CreatedDownloadLinkDto>> Create(IReadOnlyList<Guid> documents, string? code = null, string? recipient = null, string culture = "fr-FR", Caller? caller = null) =>
        new CreateDownloadLinkCommandHandler(Store, new KeyedCodes(), caller ?? Agent, _identity, new PublicLinks(), new VisibleSecrets(), Clock)
            .Handle(new CreateDownloadLinkCommand(documents, code, recipient, culture), Ct);

    [Fact]
    public async Task With_a_recipient_the_link_is_emailed_and_the_code_made_for_the_agent_is_shown_to_them_only()
    {
        var first = await StoredDocumentAsync(Folder);
        var second = await StoredDocumentAsync(Folder, "constat.pdf", padding: 7);

        var created = (await Create([first.Id, second.Id, first.Id], recipient: " client@example.fr ", culture: "en-GB")).Value;

        var link = Assert.Single(Store.Links);
        var token = created.Url["https://modular.example/vault.download-link/".Length..];
        Assert.StartsWith("https://modular.example/vault.download-link/", created.Url, StringComparison.Ordinal);
        Assert.Equal(LinkTokens.HashOf(token), link.TokenHash);
        var code = Assert.IsType<string>(created.Code);
        Assert.Matches("^[0-9]{6}$", code);
        Assert.Equal(new KeyedCodes().Hash(link.Id, SixDigitCode.Parse(code).Value), link.CodeHash);
        Assert.Equal((link.Id, link.ExpiresAt, true), (created.Id, created.ExpiresAt, created.Emailed));
        Assert.Equal((Organisation, Folder.Id, AgentId, "client@example.fr", "Cabinet Démo", "agent1@demo.test"), (link.OrganisationId, link.FolderId, link.CreatedBy, link.RecipientEmail, link.SenderOrganisationName, link.CreatedByEmail));
        Assert.Equal([first.Id, second.Id], link.DocumentIds);
        var line = Assert.Single(Store.Journal);
        Assert.Equal(
            (JournalKind.LinkCreated, Folder.Id, (Guid?)AgentId, Now, "2", "client@example.fr", "recipient"),
            (line.Kind, line.FolderId, line.ActorId, line.At, line.Values!["count"], line.Values["recipient"], line.Values[JournalEntry.VariantKey]));
        var email = Assert.IsType<DownloadLinkCreatedIntegrationEvent>(Assert.Single(Store.Outbox));
        Assert.Equal(
            (link.Id, Organisation, "client@example.fr", "en", "Cabinet Démo", "Antoine Agent", 2, link.ExpiresAt, "protected:" + created.Url),
            (email.LinkId, email.OrganisationId, email.RecipientEmail, email.Language, email.OrganisationName, email.SenderName, email.FileCount, email.ExpiresAt, email.ProtectedUrl));
        Assert.DoesNotContain(code, email.ToString(), StringComparison.Ordinal);
        Assert.Equal((1, 0), (Store.Commits, Store.RollBacks));
    }

    [Fact]
    public async Task With_the_agents_own_code_and_no_recipient_nothing_is_sent_and_the_code_is_not_shown_again()
    {
        var document = await StoredDocumentAsync(Folder);

        var created = (await Create([document.Id], code: " 135790 ", recipient: "  ")).Value;

        var link = Assert.Single(Store.Links);
        Assert.Equal((null, false), (created.Code, created.Emailed));
        Assert.Equal(new KeyedCodes().Hash(link.Id, SixDigitCode.Parse("135790").Value), link.CodeHash);
        Assert.Null(link.RecipientEmail);
        var values = Assert.Single(Store.Journal).Values!;
        Assert.Equal(("1", false, false), (values["count"], values.ContainsKey("recipient"), values.ContainsKey(JournalEntry.VariantKey)));
        Assert.Empty(Store.Outbox);
    }

    [Fact]
    public async Task When_identity_cannot_say_who_the_agent_is_the_link_is_made_without_their_names()
    {
        var document = await StoredDocumentAsync(Folder);
        _identity = AccountUnavailable();

        Assert.True((await Create([document.Id], recipient: "client@example.fr")).IsSuccess);

        var link = Assert.Single(Store.Links);
        Assert.Equal(("", null), (link.SenderOrganisationName, link.CreatedByEmail));
        var email = Assert.IsType<DownloadLinkCreatedIntegrationEvent>(Assert.Single(Store.Outbox));
        Assert.Equal(("", ""), (email.OrganisationName, email.SenderName));
    }

    [Fact]
    public async Task A_refused_request_says_why_and_leaves_no_link()
    {
        var document = await StoredDocumentAsync(Folder);
        var elsewhere = await StoredDocumentAsync(StoredFolder("Sinistre habitation"), "constat.pdf", padding: 7);
        var otherCabinet = await StoredDocumentAsync(StoredFolder("Autre cabinet", organisation: Guid.NewGuid()), "autre.pdf", padding: 9);

        Assert.Same(VaultErrors.NoOrganisation, (await Create([document.Id], caller: new Caller(AgentId, null))).Error);
        Assert.Same(VaultErrors.NoDocumentSelected, (await Create([])).Error);
        Assert.Same(VaultErrors.NoDocumentSelected, (await Create(null!)).Error);
        Assert.Same(VaultErrors.DocumentNotFound, (await Create([document.Id, otherCabinet.Id])).Error);
        Assert.Same(VaultErrors.DocumentNotFound, (await Create([Guid.NewGuid()])).Error);
        Assert.Same(VaultErrors.DocumentsOfSeveralFolders, (await Create([document.Id, elsewhere.Id])).Error);
        var malformed = (await Create([document.Id], code: "13579a")).Error!;
        Assert.Equal(("code-malformed", "characters"), (malformed.Code, malformed.Reason));

        Assert.Empty(Store.Links);
        Assert.Empty(Store.Journal);
        Assert.Empty(Store.Outbox);
        Assert.Equal(0, Store.Saves);
    }

    [Fact]
    public async Task A_document_deleted_while_the_link_was_made_leaves_no_link_to_outlive_it()
    {
        var document = await StoredDocumentAsync(Folder);
        _identity = AgentAccount(meanwhile: () => Store.Documents.Remove(document));

        Assert.Same(VaultErrors.DocumentNotFound, (await Create([document.Id], recipient: "client@example.fr")).Error);

        Assert.Empty(Store.Links);
        Assert.Empty(Store.Journal);
        Assert.Empty(Store.Outbox);
        Assert.Equal((0, 1), (Store.Commits, Store.RollBacks));
    }

    [Fact]
    public async Task A_failed_save_leaves_no_link_and_sends_nothing()
    {
        var document = await StoredDocumentAsync(Folder);
        Store.RefuseNextSave = VaultErrors.DocumentNotFound;

        Assert.Same(VaultErrors.DocumentNotFound, (await Create([document.Id], recipient: "client@example.fr")).Error);

        Assert.Empty(Store.Links);
        Assert.Empty(Store.Outbox);
        Assert.Equal((0, 1), (Store.Commits, Store.RollBacks));
    }
}
