using Modular.SharedKernel.Security;

namespace Modular.UnitTests.SharedKernel;

public sealed class CurrentUserTests
{
    [Fact]
    public void A_request_made_for_a_person_gives_their_account_id()
    {
        var id = Guid.NewGuid();

        Assert.Equal(id, new Caller(id).RequireUserId());
    }

    [Fact]
    public void A_request_without_a_person_reaching_a_handler_that_needs_one_is_a_bug()
    {
        var thrown = Assert.Throws<InvalidOperationException>(() => new Caller(null).RequireUserId());

        Assert.Equal("A request that needs a person reached its handler without one.", thrown.Message);
        Assert.Throws<ArgumentNullException>("user", () => ((ICurrentUser)null!).RequireUserId());
    }

    private sealed class Caller(Guid? userId) : ICurrentUser
    {
        public bool IsAuthenticated => userId is not null;

        public Guid? UserId => userId;

        public Guid? OrganisationId => null;

        public string? ClientId => null;

        public bool IsInRole(string role) => false;

        public bool HasScope(string scope) => false;
    }
}
