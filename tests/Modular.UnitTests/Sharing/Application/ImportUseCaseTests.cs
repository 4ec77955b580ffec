using Modular.SharedKernel.Results;
using Modular.Sharing.Application.Imports;
using Modular.Sharing.Contracts;
using Modular.Sharing.Domain;
using Modular.Sharing.Domain.CaseFiles;
using Modular.Sharing.Domain.Imports;
using Modular.Sharing.Domain.ShareKeys;
using Modular.UnitTests.Fakes;

namespace Modular.UnitTests.Sharing.Application;

/// <summary>
/// « Importer un fichier partagé »: wrong keys counted and throttled per person and per address,
/// a real key that cannot be used saying why, an existing copy overwritten only once confirmed, and
/// the key consumed in the transaction that writes the copy.
/// </summary>
public sealed class ImportUseCaseTests : SharingUseCaseTests
{
    private const string Address = "203.0.113.7";

    private readonly ImportSharedCaseFileCommandHandler _agent2Imports;

    public ImportUseCaseTests() => _agent2Imports = new ImportSharedCaseFileCommandHandler(Store, new Caller(Agent2, Organisation), Clock);

    private (ShareKey Key, string Text, CaseFile Original) Shared(string lastName = "Dupont")
    {
        var caseFile = StoredCaseFile(Agent1, lastName, Now.AddDays(-1));
        var (key, text) = ShareKey.Issue(caseFile, Agent1, Now.AddDays(-1));
        Store.ShareKeys.Add(key);
        return (key, text.Display, caseFile);
    }

    private Task<Result<ImportedCaseFileDto>> Import(string key, bool confirm = false, string? address = Address) =>
        _agent2Imports.Handle(new ImportSharedCaseFileCommand(key, confirm, address), Ct);

    private void Failed(int times, DateTimeOffset at, Guid? user = null, string? address = null)
    {
        for (var i = 0; i < times; i++)
        {
            Store.Failures.Add(new ImportFailure(user ?? Guid.NewGuid(), address, at, SharingErrorCodes.KeyUnknown));
        }
    }

    [Fact]
    public async Task A_key_imports_a_copy_of_the_file_into_the_importers_space_and_is_used_up()
    {
        var (key, text, original) = Shared();

        var imported = await Import(text);

        Assert.False(imported.Value.Overwritten);
        var copy = Store.CaseFiles.Single(c => c.Id == imported.Value.CaseFileId);
        Assert.Equal((original.LineageId, Agent2, Organisation, key.Id, original.Content), (copy.LineageId, copy.OwnerId, copy.OrganisationId, copy.ImportedFromKeyId, copy.Content));
        Assert.Equal((HistoryKind.Imported, Agent1.ToString()), (copy.History[0].Kind, copy.History[0].Detail));
        Assert.Equal((Now, (Guid?)Agent2, (CaseFileContent?)null), (key.UsedAt, key.UsedBy, key.Snapshot));
        Assert.Equal((1, 0, 1), (Store.Transactions, Store.RolledBack, Store.Saves));
        Assert.Empty(Store.Failures);
    }

    [Fact]
    public async Task An_existing_copy_is_overwritten_only_once_confirmed_and_the_erased_fields_are_named()
    {
        var (_, firstText, original) = Shared();
        var ours = (await Import(firstText)).Value.CaseFileId;
        var (second, secondText) = ShareKey.Issue(original, Agent1, Now);
        Store.ShareKeys.Add(second);
        typeof(ShareKey).GetProperty(nameof(ShareKey.Snapshot))!.SetValue(second, original.Content with { Client = original.Content.Client with { Phone = null }, Notes = null });

        var asked = await Import(secondText.Display);

        Assert.Equal("case-exists", asked.Error!.Code);
        Assert.Equal(ours, asked.Error.Extensions["caseId"]);
        Assert.Equal("Dupont Marie", asked.Error.Extensions["clientName"]);
        Assert.Equal(
            [new ErasedFieldDto("phone", null, "Téléphone"), new ErasedFieldDto("notes", null, "Notes")],
            Assert.IsAssignableFrom<IReadOnlyList<ErasedFieldDto>>(asked.Error.Extensions["erased"]));
        Assert.Null(second.UsedAt);

        var confirmed = await Import(secondText.Display, confirm: true);

        Assert.Equal(new ImportedCaseFileDto(ours, true), confirmed.Value);
        var copy = Store.CaseFiles.Single(c => c.Id == ours);
        Assert.Null(copy.Content.Notes);
        Assert.Single(copy.RestorePoints);
        Assert.Equal(second.Id, copy.ImportedFromKeyId);
        Assert.Equal(Agent2, second.UsedBy);
        Assert.Single(Store.CaseFiles, c => c.OwnerId == Agent2);
    }

    [Fact]
    public async Task A_key_used_meanwhile_by_a_concurrent_import_says_it_is_used_rather_than_asking_to_overwrite()
    {
        var (key, text, _) = Shared();

        // The concurrent import of the same key commits its copy just after this import read the key.
        Store.BeforeCaseFileLookup = () =>
        {
            Store.CaseFiles.Add(CaseFile.ImportCopy(key.LineageId, key.Id, Agent2, Organisation, key.Snapshot!, Agent1, Now));
            InMemorySharingRepository.MarkUsed(key, Agent2, Now);
        };

        var imported = await Import(text);

        Assert.Same(SharingErrors.KeyUsed, imported.Error);
        Assert.Equal(0, Store.Transactions);
    }

    [Fact]
    public async Task Losing_the_race_for_the_key_says_why_and_writes_nothing()
    {
        var (key, text, _) = Shared();
        Store.Redeem = k =>
        {
            k.Revoke(Now);
            return false;
        };

        var imported = await Import(text);

        Assert.Same(SharingErrors.KeyRevoked, imported.Error);
        Assert.Equal((1, 1, 0), (Store.Transactions, Store.RolledBack, Store.Saves));
        Assert.DoesNotContain(Store.CaseFiles, c => c.OwnerId == Agent2);
    }

    [Fact]
    public async Task Losing_the_race_to_a_key_gone_from_the_store_says_it_is_used()
    {
        var (key, text, _) = Shared();
        Store.Redeem = k =>
        {
            Store.ShareKeys.Remove(k);
            return false;
        };

        Assert.Same(SharingErrors.KeyUsed, (await Import(text)).Error);
    }

    [Fact]
    public async Task A_copy_whose_save_is_refused_leaves_the_transaction_rolled_back()
    {
        var (_, text, _) = Shared();
        Store.RefuseNextSave = SharingErrors.CaseModified(null);

        var imported = await Import(text);

        Assert.Equal("case-modified", imported.Error!.Code);
        Assert.Equal((1, 1), (Store.Transactions, Store.RolledBack));
        Assert.DoesNotContain(Store.CaseFiles, c => c.OwnerId == Agent2);
    }

    [Theory]
    [InlineData("used", "key-used")]
    [InlineData("revoked", "key-revoked")]
    [InlineData("expired", "key-expired")]
    public async Task A_real_key_that_cannot_be_used_says_why_and_is_not_counted_as_a_guess(string state, string code)
    {
        var (key, text, _) = Shared();
        switch (state)
        {
            case "used":
                InMemorySharingRepository.MarkUsed(key, Agent1, Now);
                break;
            case "revoked":
                key.Revoke(Now);
                break;
            default:
                Clock.Now = key.ExpiresAt;
                break;
        }

        var imported = await Import(text);

        Assert.Equal(code, imported.Error!.Code);
        Assert.Empty(Store.Failures);
        Assert.Equal(0, Store.Transactions);
    }

    [Fact]
    public async Task A_pending_key_without_its_snapshot_is_said_used()
    {
        var (key, text, _) = Shared();
        typeof(ShareKey).GetProperty(nameof(ShareKey.Snapshot))!.SetValue(key, null);

        Assert.Same(SharingErrors.KeyUsed, (await Import(text)).Error);
        Assert.Equal(0, Store.Transactions);
    }

    [Fact]
    public async Task A_malformed_or_unknown_key_is_counted_for_the_person_and_the_address()
    {
        Shared();

        var malformed = await Import("ABCD");
        var unknown = await Import(ShareKeyText.Generate().Display, address: "  ");

        Assert.Equal("key-malformed", malformed.Error!.Code);
        Assert.Same(SharingErrors.KeyUnknown, unknown.Error);
        Assert.Equal(
            [(Agent2, Address, Now, SharingErrorCodes.KeyMalformed), (Agent2, null, Now, SharingErrorCodes.KeyUnknown)],
            Store.Failures.Select(f => (f.UserId, f.RemoteAddress, f.At, f.Reason)));
    }

    [Fact]
    public async Task Ten_wrong_keys_in_half_an_hour_throttle_the_person_and_the_refusal_counts_too()
    {
        var (key, text, _) = Shared();
        Failed(9, Now.AddMinutes(-20), Agent2);
        Assert.Equal("key-malformed", (await Import("ABCD")).Error!.Code);

        var throttled = await Import(text);

        Assert.Equal("import-throttled", throttled.Error!.Code);
        Assert.Equal(10 * 60, throttled.Error.Extensions["retryAfter"]);
        Assert.Equal(SharingErrorCodes.ImportThrottled, Store.Failures[^1].Reason);
        Assert.Equal(11, Store.Failures.Count);
        Assert.Null(key.UsedAt);
    }

    [Fact]
    public async Task Failures_older_than_half_an_hour_no_longer_count()
    {
        var (_, text, _) = Shared();
        Failed(10, Now.AddMinutes(-30), Agent2, Address);

        Assert.True((await Import(text)).IsSuccess);
    }

    [Fact]
    public async Task An_address_that_guessed_too_often_is_throttled_whoever_signs_in_from_it()
    {
        var (_, text, _) = Shared();
        Failed(10, Now.AddMinutes(-5), address: Address);

        var throttled = await Import(text);
        var elsewhere = await Import(text, address: "198.51.100.1");

        Assert.Equal(25 * 60, throttled.Error!.Extensions["retryAfter"]);
        Assert.True(elsewhere.IsSuccess);
    }

    [Fact]
    public async Task When_both_the_person_and_the_address_are_throttled_the_longer_wait_is_said()
    {
        var (_, text, _) = Shared();
        Failed(10, Now.AddMinutes(-25), Agent2);
        Failed(10, Now.AddMinutes(-10), address: Address);

        Assert.Equal(20 * 60, (await Import(text)).Error!.Extensions["retryAfter"]);

        Store.Failures.Clear();
        Failed(10, Now.AddMinutes(-10), Agent2);
        Failed(10, Now.AddMinutes(-25), address: Address);

        Assert.Equal(20 * 60, (await Import(text)).Error!.Extensions["retryAfter"]);
    }

    [Fact]
    public async Task Without_an_organisation_nothing_is_read_or_counted()
    {
        var (key, text, _) = Shared();

        var imported = await new ImportSharedCaseFileCommandHandler(Store, new Caller(Agent2, null), Clock).Handle(new ImportSharedCaseFileCommand(text, true, Address), Ct);

        Assert.Same(SharingErrors.NoOrganisation, imported.Error);
        Assert.Empty(Store.Failures);
        Assert.Null(key.UsedAt);
    }
}
