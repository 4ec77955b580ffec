using System.Security.Cryptography;
using System.Text;
using Modular.SharedKernel.Results;
using Modular.Vault.Domain.Collections;
using Modular.Vault.Domain.People;

namespace Modular.UnitTests.Vault;

public sealed class CollectionRequestTests
{
    private static readonly CollectionFileLimits Limits = CollectionFileLimits.Default;

    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static Person Dupont(string? email = "alain.dupont@example.fr") =>
        Person.Create(Guid.NewGuid(), "Cabinet Démo", new PersonDetails("Dupont", "Alain", null, email, null, null, null, null, null, null), Guid.NewGuid(), Now).Value;

    private static Result<CollectionRequest> Ask(IEnumerable<string?> items, DateOnly? deadline, Person? person = null, string? message = null) =>
        CollectionRequest.Create(Guid.NewGuid(), "Cabinet Démo", Guid.NewGuid(), person ?? Dupont(), items, deadline, message, Guid.NewGuid(), "agent1@demo.test",
            SHA256.HashData(Encoding.ASCII.GetBytes("token")), Now);

    private static CollectionRequest Request(params string[] items) => Ask(items, Today.AddDays(10)).Value;

    [Fact]
    public void A_request_keeps_the_items_typed_without_the_empty_rows_and_goes_to_the_persons_email()
    {
        var request = Ask(["  Carte d'identité ", "", null, "Justificatif de domicile"], Today.AddDays(10), message: "  Merci  ").Value;

        Assert.Equal(["Carte d'identité", "Justificatif de domicile"], request.Items);
        Assert.Equal("alain.dupont@example.fr", request.RecipientEmail);
        Assert.Equal("DUPONT Alain", request.PersonName);
        Assert.Equal("Merci", request.Message);
        Assert.Equal(CollectionState.Open, request.StateAt(Now));
    }

    [Fact]
    public void A_person_without_email_cannot_be_asked()
    {
        var refused = Ask(["Carte d'identité"], Today.AddDays(10), Dupont(email: null));

        Assert.Equal("collection-no-email", refused.Error?.Code);
        Assert.Equal("Cette personne n'a pas d'adresse courriel : complétez sa fiche pour lui demander des documents.", refused.Error?.Message);
    }

    [Theory]
    [InlineData(new string[0], "Indiquez au moins un document attendu.")]
    [InlineData(new[] { " ", "" }, "Indiquez au moins un document attendu.")]
    [InlineData(new[] { "Carte d'identité", "carte d'identité" }, "« Carte d'identité » est demandé deux fois.")]
    [InlineData(new[] { "Carte\td'identité" }, "Un document attendu contient des caractères invisibles.")]
    public void Items_must_be_there_once_each_and_readable(string[] items, string message)
    {
        var refused = Ask(items, Today.AddDays(10));

        Assert.Equal(message, refused.Error?.FieldErrors["Items"].Single());
    }

    [Fact]
    public void At_most_20_items_of_200_characters()
    {
        Assert.True(Ask(Enumerable.Range(1, 20).Select(i => $"Document {i}"), Today.AddDays(10)).IsSuccess);
        Assert.Equal("Demandez au plus 20 documents à la fois.", Ask(Enumerable.Range(1, 21).Select(i => $"Document {i}"), Today.AddDays(10)).Error?.FieldErrors["Items"].Single());
        Assert.True(Ask([new string('a', 200)], Today.AddDays(10)).IsSuccess);
        Assert.Contains("200 caractères au plus", Ask([new string('a', 201)], Today.AddDays(10)).Error?.FieldErrors["Items"].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_deadline_is_a_day_to_come_within_90_days()
    {
        Assert.Equal("La date limite doit être une date à venir.", Ask(["CNI"], Today).Error?.FieldErrors["Deadline"].Single());
        Assert.Equal("La date limite doit être une date à venir.", Ask(["CNI"], Today.AddDays(-1)).Error?.FieldErrors["Deadline"].Single());
        Assert.Equal("La date limite doit être une date à venir.", Ask(["CNI"], null).Error?.FieldErrors["Deadline"].Single());
        Assert.True(Ask(["CNI"], Today.AddDays(90)).IsSuccess);
        Assert.Equal("La date limite est au plus dans 90 jours.", Ask(["CNI"], Today.AddDays(91)).Error?.FieldErrors["Deadline"].Single());
    }

    [Fact]
    public void Files_are_taken_until_the_end_of_the_deadline_then_refused()
    {
        var request = Request("CNI", "RIB");
        var end = new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(end, request.ClosesAt);
        Assert.Null(request.UploadRefusal("CNI", end.AddSeconds(-1), Limits));
        Assert.Equal(CollectionState.Overdue, request.StateAt(end));
        Assert.Equal("collection-overdue", request.UploadRefusal("CNI", end, Limits)?.Code);
    }

    [Fact]
    public void Only_expected_items_take_files_and_the_request_is_complete_once_each_has_one()
    {
        var request = Request("CNI", "RIB");

        Assert.Equal("collection-item-unknown", request.Receive(new CollectedFile("Bulletin de salaire", Guid.NewGuid(), "a.pdf", Now), Now, Limits).Error?.Code);
        Assert.True(request.Receive(new CollectedFile("CNI", Guid.NewGuid(), "recto.pdf", Now), Now, Limits).IsSuccess);
        Assert.True(request.Receive(new CollectedFile("CNI", Guid.NewGuid(), "verso.pdf", Now), Now, Limits).IsSuccess);
        Assert.Equal(CollectionState.Open, request.StateAt(Now));

        Assert.True(request.Receive(new CollectedFile("RIB", Guid.NewGuid(), "rib.pdf", Now), Now, Limits).IsSuccess);

        Assert.Equal(CollectionState.Complete, request.StateAt(Now.AddDays(30)));
        Assert.Equal("collection-complete", request.UploadRefusal("RIB", Now, Limits)?.Code);
    }

    [Fact]
    public void A_link_takes_a_few_files_per_item_and_keeps_a_place_for_each_item_still_missing()
    {
        var request = Request("CNI", "RIB", "Avis d'imposition");
        var limits = new CollectionFileLimits(PerItem: 3, PerRequest: 5);
        Result Send(string item) => request.Receive(new CollectedFile(item, Guid.NewGuid(), "scan.pdf", Now), Now, limits);

        Assert.All(Enumerable.Range(0, 3), _ => Assert.True(Send("CNI").IsSuccess));
        var itemFull = Send("CNI").Error;
        Assert.Equal(("collection-file-limit", "item"), (itemFull?.Code, itemFull?.Reason));
        Assert.Equal<object?>(["CNI", 3], itemFull!.Arguments);

        // 3 files + 2 items missing: a second RIB would leave no place for the last item.
        Assert.True(Send("RIB").IsSuccess);
        var requestFull = Send("RIB").Error;
        Assert.Equal(("collection-file-limit", "request"), (requestFull?.Code, requestFull?.Reason));
        Assert.Equal<object?>([5], requestFull!.Arguments);

        // An item's first file is always taken: the request can be completed.
        Assert.True(Send("Avis d'imposition").IsSuccess);
        Assert.Equal(5, request.Received.Count);
        Assert.Equal(CollectionState.Complete, request.StateAt(Now));
    }

    [Fact]
    public void A_cancelled_request_takes_nothing_and_cannot_be_reminded_or_cancelled_again()
    {
        var request = Request("CNI");

        Assert.True(request.Cancel(Now).IsSuccess);

        Assert.Equal(CollectionState.Cancelled, request.StateAt(Now));
        Assert.Equal("collection-cancelled", request.UploadRefusal("CNI", Now, Limits)?.Code);
        Assert.Equal("collection-cancelled", request.Remind([1], Now).Error?.Code);
        Assert.Equal("collection-cancelled", request.Cancel(Now).Error?.Code);
    }

    [Fact]
    public void A_manual_reminder_replaces_the_token_and_counts()
    {
        var request = Request("CNI");
        var before = request.TokenHash;

        Assert.True(request.Remind(SHA256.HashData("new"u8), Now.AddDays(1)).IsSuccess);

        Assert.NotEqual(before, request.TokenHash);
        Assert.Equal(1, request.RemindersSent);
        Assert.Equal(Now.AddDays(1), request.LastReminderAt);
    }

    [Fact]
    public void The_automatic_reminder_is_due_2_days_before_the_end_while_items_are_missing()
    {
        var request = Request("CNI");

        Assert.False(request.AutomaticReminderDue(request.ClosesAt.AddDays(-2).AddSeconds(-1)));
        Assert.True(request.AutomaticReminderDue(request.ClosesAt.AddDays(-2)));
        Assert.False(request.AutomaticReminderDue(request.ClosesAt));

        request.Receive(new CollectedFile("CNI", Guid.NewGuid(), "cni.pdf", Now), Now, Limits);
        Assert.False(request.AutomaticReminderDue(request.ClosesAt.AddDays(-1)));
    }

    [Fact]
    public void A_message_of_1000_characters_is_kept_and_one_more_is_refused()
    {
        Assert.Equal(1000, Ask(["CNI"], Today.AddDays(10), message: new string('a', 1000)).Value.Message?.Length);
        Assert.Equal("collection-message-too-long", Ask(["CNI"], Today.AddDays(10), message: new string('a', 1001)).Error?.Code);
    }

    [Fact]
    public void Without_items_typed_nothing_is_asked() =>
        Assert.Equal("collection-items-invalid", CollectionRequest.Create(Guid.NewGuid(), "Cabinet Démo", Guid.NewGuid(), Dupont(), null, Today.AddDays(10), null,
            Guid.NewGuid(), null, [], Now).Error?.Code);

    [Fact]
    public void One_item_with_invisible_characters_among_others_is_refused() =>
        Assert.Equal("characters", Ask(["CNI", "Carte\td'identité"], Today.AddDays(10)).Error?.Reason);

    [Theory]
    [InlineData(null, "fr")]
    [InlineData("fr-FR", "fr")]
    [InlineData("en-GB", "en")]
    public void The_person_is_written_to_in_the_agents_language(string? language, string expected) =>
        Assert.Equal(expected, CollectionRequest.Create(Guid.NewGuid(), "Cabinet Démo", Guid.NewGuid(), Dupont(), ["CNI"], Today.AddDays(10), null,
            Guid.NewGuid(), null, [], Now, language).Value.Language);

    [Fact]
    public void A_request_is_made_to_a_person_and_files_are_taken_within_limits()
    {
        Assert.Throws<ArgumentNullException>(() => CollectionRequest.Create(Guid.NewGuid(), "Cabinet Démo", Guid.NewGuid(), null!, ["CNI"], Today.AddDays(10), null,
            Guid.NewGuid(), null, [], Now));
        Assert.Throws<ArgumentNullException>(() => Request("CNI").UploadRefusal("CNI", Now, null!));
        Assert.Throws<ArgumentNullException>(() => Request("CNI").Receive(null!, Now, Limits));
        Assert.Throws<ArgumentNullException>(() => Limits.Refusal(null!, [], "CNI"));
        Assert.Throws<ArgumentNullException>(() => Limits.Refusal(["CNI"], null!, "CNI"));
    }

    [Fact]
    public void Only_the_items_without_any_file_keep_a_place()
    {
        // CNI and RIB have one file each: only the third item is missing, so 2 files + 1 place leave room for a second CNI.
        var limits = new CollectionFileLimits(PerItem: 5, PerRequest: 4);
        CollectedFile[] received = [new("CNI", Guid.NewGuid(), "cni.pdf", Now), new("RIB", Guid.NewGuid(), "rib.pdf", Now)];

        Assert.Null(limits.Refusal(["CNI", "RIB", "Avis d'imposition"], received, "CNI"));
    }
}
