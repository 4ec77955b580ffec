using System.Security.Cryptography;
using Modular.ClientPortal.Domain.Companies;
using Modular.SharedKernel.Domain;

namespace Modular.ClientPortal.Domain.Invitations;

/// <summary>
/// « Visana vous enverra également une invitation »: a person asked to read a company's documents,
/// by a single-use personal link (a 128-bit token, kept only as its SHA-256) valid for some days.
/// Accepting links the person's account to the company; the portal then asks for MFA.
/// </summary>
internal sealed class ClientInvitation : Entity<Guid>
{
    public const int ValidDays = 14;

    private ClientInvitation(Guid id, Guid companyId, string email, string displayName, MemberRole role, Guid? invitedBy, byte[] tokenHash, string language, DateTimeOffset now)
        : base(id)
    {
        CompanyId = companyId;
        Email = email;
        DisplayName = displayName;
        Role = role;
        InvitedBy = invitedBy;
        TokenHash = tokenHash;
        Language = language;
        CreatedAt = now;
        ExpiresAt = now.AddDays(ValidDays);
    }

    private ClientInvitation()
        : base(Guid.Empty)
    {
        Email = "";
        DisplayName = "";
        TokenHash = [];
        Language = "";
    }

    public Guid CompanyId { get; private set; }

    /// <summary>The personal address the link was sent to; the account made or used must have it.</summary>
    public string Email { get; private set; }

    public string DisplayName { get; private set; }

    public MemberRole Role { get; private set; }

    /// <summary>The advisor or client admin who invited; null for an approved access request's contact (see its request).</summary>
    public Guid? InvitedBy { get; private set; }

    public byte[] TokenHash { get; private set; }

    public string Language { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public Guid? AcceptedBy { get; private set; }

    /// <summary>A new invitation and the token of its link (shown once, in the email).</summary>
    public static (ClientInvitation Invitation, string Token) Create(Guid companyId, string email, string displayName, MemberRole role, Guid? invitedBy, string language, DateTimeOffset now)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new ClientInvitation(Guid.CreateVersion7(now), companyId, email, displayName, role, invitedBy, Hash(token), language, now), token);
    }

    public static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token ?? ""));

    public bool IsExpired(DateTimeOffset now) => ExpiresAt <= now;
}
