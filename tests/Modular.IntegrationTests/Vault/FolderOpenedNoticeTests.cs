using Microsoft.Data.Sqlite;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;
using Modular.Vault.Contracts;

namespace Modular.IntegrationTests.Vault;

/// <summary>A person with an account is told by email when a firm opens a folder to them, with a link to it.</summary>
public sealed class FolderOpenedNoticeTests(ModularHostFactory factory) : IClassFixture<ModularHostFactory>
{
    [Fact]
    public async Task Opening_a_folder_to_a_person_with_an_account_emails_them_once_with_the_folder_and_its_link()
    {
        var personId = await InvitationAgent.SendAsync(factory, new CreatePersonCommand(new PersonInput("Externe", "Élise", Email: "external@demo.test")), "agent2@demo.test");
        await InvitationAgent.SendAsync(factory, new GrantByPersonalCodeCommand(personId, await PersonalCodeAsync("external@demo.test")), "agent2@demo.test");
        var name = VaultPagesTests.Unique("Bilan 2026");
        var folder = await InvitationAgent.SendAsync(factory, new CreateFolderCommand(name, IsPublic: false), "agent2@demo.test");

        await InvitationAgent.SendAsync(factory, new GrantPersonAccessCommand(folder, personId, FolderAccessLevel.Write), "agent2@demo.test");
        await InvitationAgent.SendAsync(factory, new GrantPersonAccessCommand(folder, personId, FolderAccessLevel.Write), "agent2@demo.test");

        var emails = (await SentMessages.TextBodiesAsync(factory, "vault.folder-opened", "external@demo.test")).Where(b => b.Contains(name, StringComparison.Ordinal)).ToList();
        var email = Assert.Single(emails);
        Assert.Contains($"le dossier « {name} » vous a été ouvert (consultation et dépôt)", email, StringComparison.Ordinal);
        Assert.Contains($"https://localhost/Guest/Folders/{folder}", email, StringComparison.Ordinal);
    }

    private async Task<string> PersonalCodeAsync(string email)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "identity.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(BrowserSession.Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT PersonalCode FROM AspNetUsers WHERE Email = $email";
        command.Parameters.AddWithValue("$email", email);
        return (string)(await command.ExecuteScalarAsync(BrowserSession.Ct))!;
    }
}
