using Modular.SharedKernel.Links;

namespace Modular.Delegation.Contracts;

/// <summary>The Delegation pages people reach from outside with a token.</summary>
public static class DelegationPublicPages
{
    /// <summary>The « section Utilisateur » a mandatary fills and signs, from the link emailed to them.</summary>
    public static readonly PublicPage MandataryPart = new("delegation.mandatary-part");
}
