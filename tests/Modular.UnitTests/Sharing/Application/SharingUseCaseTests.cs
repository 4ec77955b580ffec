using Modular.Sharing.Domain.CaseFiles;
using Modular.UnitTests.Fakes;

namespace Modular.UnitTests.Sharing.Application;

/// <summary>What the Sharing use case tests stand on: two agents of one organisation, the module's store in memory, a stopped clock.</summary>
public abstract class SharingUseCaseTests
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    protected static readonly Guid Agent1 = Guid.NewGuid();
    protected static readonly Guid Agent2 = Guid.NewGuid();
    protected static readonly Guid Organisation = Guid.NewGuid();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    private protected InMemorySharingRepository Store { get; } = new();

    private protected StoppedClock Clock { get; } = new(Now);

    /// <summary>A case file of <paramref name="owner"/>'s, already in the store.</summary>
    private protected CaseFile StoredCaseFile(Guid owner, string lastName = "Dupont", DateTimeOffset? at = null)
    {
        var caseFile = CaseFile.Create(owner, Organisation, CaseFileTests.Content(lastName), at ?? Now);
        Store.CaseFiles.Add(caseFile);
        return caseFile;
    }
}
