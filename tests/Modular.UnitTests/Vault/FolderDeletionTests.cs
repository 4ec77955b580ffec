using Modular.Vault.Domain.Folders;

namespace Modular.UnitTests.Vault;

public sealed class FolderDeletionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_folder_is_deleted_once_by_whom_and_when()
    {
        var folder = Folder.Create(Guid.NewGuid(), "Sinistre auto", isPublic: false, Guid.NewGuid(), Now).Value;
        var agent = Guid.NewGuid();

        Assert.True(folder.Delete(agent, Now).IsSuccess);
        Assert.Equal(Now, folder.DeletedAt);
        Assert.Equal(agent, folder.DeletedBy);
        Assert.Equal("folder-not-found", folder.Delete(Guid.NewGuid(), Now.AddMinutes(1)).Error?.Code);
        Assert.Equal(agent, folder.DeletedBy);
    }

    [Fact]
    public void A_persons_home_page_is_not_deleted()
    {
        var home = Folder.CreateHomePage(Guid.NewGuid(), Guid.NewGuid(), "MARTIN Sophie", Guid.NewGuid(), Now);

        Assert.Equal("folder-is-home-page", home.Delete(Guid.NewGuid(), Now).Error?.Code);
        Assert.Null(home.DeletedAt);
    }
}
