using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Domain.Requests;

namespace Modular.ClientPortal.Application.Requests;

/// <summary>The configured rules of who may ask for the portal: the personal-address rule, the premium threshold.</summary>
internal sealed class PortalRules(IPortalSettings settings)
{
    public PersonalEmailRule PersonalEmail { get; } = new(settings.RoleLocalParts, settings.FreeMailDomains);

    public decimal MinimumPremiumVolume => settings.MinimumPremiumVolume;
}
