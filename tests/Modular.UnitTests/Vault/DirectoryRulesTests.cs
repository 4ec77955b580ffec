using System.Security.Cryptography;
using System.Text;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.People;

namespace Modular.UnitTests.Vault;

public sealed class DirectoryRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private static Person Person(string? email = null, string? mobile = null, (string, string, string)? address = null) =>
        Modular.Vault.Domain.People.Person.Create(Guid.NewGuid(), "Garage Auto",
            new PersonDetails("Dupont", "Alain", null, email, mobile, address?.Item1, null, address?.Item2, address?.Item3, null), Guid.NewGuid(), Now).Value;

    [Theory]
    [InlineData("06 12 34 56 78", "+33612345678")]
    [InlineData("07.11.22.33.44", "+33711223344")]
    [InlineData("+33 6 12 34 56 78", "+33612345678")]
    [InlineData("0033612345678", "+33612345678")]
    [InlineData("+41 79 123 45 67", "+41791234567")]
    [InlineData("+1 (415) 555-0134", "+14155550134")]
    public void Mobile_numbers_are_kept_in_e164(string typed, string expected)
    {
        Assert.Equal(expected, MobileNumber.Parse(typed).Value);
    }

    [Theory]
    [InlineData("12 34")]
    [InlineData("06 12 34 56")]
    [InlineData("+0612345678")]
    [InlineData("06 12 34 56 7a")]
    [InlineData("+33 1 23 45 67 89")]
    [InlineData("+123456789012345678")]
    [InlineData("numéro")]
    public void Numbers_that_are_not_mobile_numbers_are_refused(string typed)
    {
        var parsed = MobileNumber.Parse(typed);

        Assert.True(parsed.IsFailure);
        Assert.Equal("mobile-invalid", parsed.Error!.Code);
        Assert.Contains($"« {typed} »", parsed.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_needs_a_last_name_and_a_complete_address_and_every_field_is_reported_at_once()
    {
        var person = Modular.Vault.Domain.People.Person.Create(Guid.NewGuid(), "Garage Auto",
            new PersonDetails(" ", null, null, "pas-une-adresse", "12", "3 rue des Lilas", null, null, "Paris", null), Guid.NewGuid(), Now);

        Assert.True(person.IsFailure);
        Assert.Equal(["Email", "LastName", "Mobile", "PostalCode"], person.Error!.FieldErrors.Keys.Order());
    }

    [Fact]
    public void A_failed_update_changes_nothing()
    {
        var person = Person(email: "alain@example.test");

        var updated = person.Update(new PersonDetails("Durand", null, null, "faux", null, null, null, null, null, null));

        Assert.True(updated.IsFailure);
        Assert.Equal("Dupont", person.LastName);
        Assert.Equal("alain@example.test", person.Email);
    }

    [Fact]
    public void The_directory_shows_the_last_name_in_capitals_and_searches_without_accents()
    {
        var person = Modular.Vault.Domain.People.Person.Create(Guid.NewGuid(), "Garage Auto",
            new PersonDetails("Lefèvre", "Hélène", "Société Générale", null, null, null, null, null, null, null), Guid.NewGuid(), Now).Value;

        Assert.Equal("LEFÈVRE Hélène", person.DisplayName);
        Assert.Contains("helene", person.SearchText, StringComparison.Ordinal);
        Assert.Contains("societe generale", person.SearchText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_link_goes_by_email_else_by_letter_else_not_at_all_and_the_code_by_sms_else_by_phone()
    {
        var address = ("12 avenue Foch", "75016", "Paris");
        var cases = new (Person Person, LinkChannel? Link, CodeChannel Code)[]
        {
            (Person(email: "a@example.test", mobile: "0612345678", address: address), LinkChannel.Email, CodeChannel.Sms),
            (Person(email: "a@example.test"), LinkChannel.Email, CodeChannel.Phone),
            (Person(mobile: "0612345678", address: address), LinkChannel.Letter, CodeChannel.Sms),
            (Person(address: address), LinkChannel.Letter, CodeChannel.Phone),
            (Person(mobile: "0612345678"), null, CodeChannel.Sms),
        };

        foreach (var (person, link, code) in cases)
        {
            var invitation = Invitation.Create(person, null, Guid.NewGuid(), "agent1@demo.test", Now);
            if (link is null)
            {
                Assert.Equal("invitation-unreachable", invitation.Error?.Code);
                continue;
            }

            Assert.Equal(link, invitation.Value.LinkChannel);
            Assert.Equal(code, invitation.Value.CodeChannel);
        }
    }

    [Fact]
    public void Only_a_code_to_give_by_phone_is_kept_readable_and_a_reminder_resets_attempts_and_expiry()
    {
        var bySms = Issued(Person(email: "a@example.test", mobile: "0612345678"));
        var byPhone = Issued(Person(email: "a@example.test"));
        Assert.Null(bySms.ProtectedCode);
        Assert.Equal("protected", byPhone.ProtectedCode);

        byPhone.Issue(Hash("token2"), Hash("code2"), "protected2", Now.AddDays(10), isReminder: true);
        Assert.Equal(1, byPhone.Reminders);
        Assert.Equal(Now.AddDays(40), byPhone.ExpiresAt);
        Assert.Equal(InvitationState.Sent, byPhone.StateAt(Now.AddDays(35)));
        Assert.Equal(InvitationState.Expired, byPhone.StateAt(Now.AddDays(40)));
        Assert.Equal("invitation-expired", byPhone.CodeRefusal(Now.AddDays(41))?.Code);
        Assert.Null(byPhone.ReminderRefusal(Now.AddDays(41)));
    }

    [Fact]
    public void A_cancelled_invitation_takes_no_code_and_no_reminder()
    {
        var invitation = Issued(Person(email: "a@example.test"));
        invitation.Cancel(Now);

        Assert.Equal("invitation-cancelled", invitation.CodeRefusal(Now)?.Code);
        Assert.Equal("invitation-cancelled", invitation.ReminderRefusal(Now)?.Code);
    }

    [Fact]
    public void A_session_opened_by_the_right_code_lasts_30_minutes()
    {
        var invitation = Issued(Person(email: "a@example.test"));
        invitation.OpenSession(Hash("session"), Now);

        Assert.True(invitation.SessionIsOpen(Hash("session"), Now.AddMinutes(29)));
        Assert.False(invitation.SessionIsOpen(Hash("session"), Now.AddMinutes(30)));
        Assert.False(invitation.SessionIsOpen(Hash("other"), Now));
    }

    [Fact]
    public void A_person_is_linked_to_one_account_only()
    {
        var person = Person(email: "a@example.test");
        var account = Guid.NewGuid();

        Assert.True(person.LinkAccount(account).IsSuccess);
        Assert.True(person.LinkAccount(account).IsSuccess);
        Assert.Equal("person-linked-elsewhere", person.LinkAccount(Guid.NewGuid()).Error?.Code);
    }

    [Fact]
    public void Api_clients_never_manage_a_folder_and_home_pages_are_private()
    {
        var grant = AccessGrant.ForClient(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid().ToString(), AccessLevel.Manage, Guid.NewGuid(), Now);
        Assert.Equal(AccessLevel.Write, grant.Level);
        grant.Change(AccessLevel.Manage, Guid.NewGuid(), Now);
        Assert.Equal(AccessLevel.Write, grant.Level);
        Assert.Throws<ArgumentOutOfRangeException>(() => AccessGrant.ForPerson(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), AccessLevel.None, Guid.NewGuid(), Now));

        var person = Person(email: "a@example.test");
        var home = Folder.CreateHomePage(person.OrganisationId, person.Id, person.DisplayName, Guid.NewGuid(), Now);
        Assert.False(home.IsPublic);
        Assert.Equal(person.Id, home.HomeOfPersonId);
        Assert.Equal("Page d'accueil – DUPONT Alain", home.Name);
    }

    private static Invitation Issued(Person person)
    {
        var invitation = Invitation.Create(person, "  ", Guid.NewGuid(), "agent1@demo.test", Now).Value;
        invitation.Issue(Hash("token"), Hash("code"), "protected", Now, isReminder: false);
        Assert.Null(invitation.Comment);
        Assert.Equal(0, invitation.Reminders);
        return invitation;
    }

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
