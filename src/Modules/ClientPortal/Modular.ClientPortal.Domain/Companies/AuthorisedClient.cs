using Modular.SharedKernel.Domain;

namespace Modular.ClientPortal.Domain.Companies;

/// <summary>
/// An API client (the company's HR software, say) that a client admin allowed to read the company's
/// documents with its own token. Known by the OpenID Connect server's id of the client, which is
/// never given to another one; one company per client, until the authorisation is revoked.
/// </summary>
internal sealed class AuthorisedClient : Entity<Guid>
{
    private AuthorisedClient(Guid id, Guid companyId, string clientServerId, string clientId, string displayName, Guid authorisedBy, DateTimeOffset now)
        : base(id)
    {
        CompanyId = companyId;
        ClientServerId = clientServerId;
        ClientId = clientId;
        DisplayName = displayName;
        AuthorisedBy = authorisedBy;
        AuthorisedAt = now;
    }

    private AuthorisedClient()
        : base(Guid.Empty)
    {
        ClientServerId = "";
        ClientId = "";
        DisplayName = "";
    }

    public Guid CompanyId { get; private set; }

    public string ClientServerId { get; private set; }

    public string ClientId { get; private set; }

    public string DisplayName { get; private set; }

    public Guid AuthorisedBy { get; private set; }

    public DateTimeOffset AuthorisedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public static AuthorisedClient Authorise(Guid companyId, string clientServerId, string clientId, string displayName, Guid authorisedBy, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), companyId, clientServerId, clientId, displayName, authorisedBy, now);

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
