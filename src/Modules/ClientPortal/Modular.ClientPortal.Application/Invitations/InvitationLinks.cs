using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Domain;
using Modular.ClientPortal.Domain.Invitations;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Application.Invitations;

/// <summary>An invitation found by its link's token, when it can still be used; a used or expired link says so.</summary>
internal static class InvitationLinks
{
    public const int MaxTokenLength = 64;

    public static async Task<Result<ClientInvitation>> FindUsableAsync(IPortalRepository repository, string? token, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength
            || await repository.FindAsync(new InvitationByTokenSpec(ClientInvitation.Hash(token)), cancellationToken) is not { } invitation)
        {
            return PortalErrors.InvitationUnknown;
        }

        if (invitation.AcceptedAt is not null)
        {
            return PortalErrors.InvitationUsed;
        }

        return invitation.IsExpired(now) ? PortalErrors.InvitationExpired : invitation;
    }
}
