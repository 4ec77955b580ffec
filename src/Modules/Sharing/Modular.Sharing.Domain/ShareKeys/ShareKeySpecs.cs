using Modular.SharedKernel.Specifications;

namespace Modular.Sharing.Domain.ShareKeys;

internal sealed class ShareKeyByHashSpec : Specification<ShareKey>
{
    public ShareKeyByHashSpec(byte[] hash) => Query.Where(k => k.KeyHash == hash).AsNoTracking();
}

internal sealed class ShareKeyOfIssuerSpec : Specification<ShareKey>
{
    public ShareKeyOfIssuerSpec(Guid shareKeyId, Guid issuerId) => Query.Where(k => k.Id == shareKeyId && k.IssuerId == issuerId);
}

/// <summary>"Mes clés de partage": the issuer's keys, newest first, optionally of one state at <paramref name="now"/>.</summary>
internal sealed class MyShareKeysSpec : Specification<ShareKey>
{
    public MyShareKeysSpec(Guid issuerId, ShareKeyState? state, DateTimeOffset now, int page, int pageSize)
    {
        Query.Where(k => k.IssuerId == issuerId);
        switch (state)
        {
            case ShareKeyState.Used:
                Query.Where(k => k.UsedAt != null);
                break;
            case ShareKeyState.Revoked:
                Query.Where(k => k.UsedAt == null && k.RevokedAt != null);
                break;
            case ShareKeyState.Expired:
                Query.Where(k => k.UsedAt == null && k.RevokedAt == null && k.ExpiresAt <= now);
                break;
            case ShareKeyState.Pending:
                Query.Where(k => k.UsedAt == null && k.RevokedAt == null && k.ExpiresAt > now);
                break;
            default:
                break;
        }

        Query.OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id).Page(page, pageSize).AsNoTracking();
    }
}
