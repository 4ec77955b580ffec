using Modular.SharedKernel.Security;

namespace Modular.Sharing.Application;

internal static class Paging
{
    public const int MaxPageSize = 100;

    public static (int Page, int PageSize) Clamp(int page, int pageSize) => (Math.Max(1, page), Math.Clamp(pageSize, 1, MaxPageSize));
}

internal static class CurrentUserExtensions
{
    /// <summary>The caller's account id; the requests here require the Agent role, so a person is always there.</summary>
    public static Guid RequireUserId(this ICurrentUser user) =>
        user.UserId ?? throw new InvalidOperationException("A Sharing request reached its handler without a signed-in person.");
}
