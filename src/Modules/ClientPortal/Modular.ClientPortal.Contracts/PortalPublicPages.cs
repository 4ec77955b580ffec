using Modular.SharedKernel.Links;

namespace Modular.ClientPortal.Contracts;

/// <summary>The portal's pages reached from outside; the Host gives each its route.</summary>
public static class PortalPublicPages
{
    /// <summary>An invitation's single-use personal link: the person creates their account or signs in, then joins.</summary>
    public static readonly PublicPage Invitation = new("portal.invitation");

    /// <summary>An insurer's public access request form; the token is the insurer's organisation id.</summary>
    public static readonly PublicPage AccessForm = new("portal.access-form");
}
