using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Modular.Identity.Contracts;
using OpenIddict.Abstractions;

namespace Modular.Identity.Infrastructure.Accounts;

/// <summary>The session's claims: Identity's, plus name, organisation and the "must change password" mark.</summary>
internal sealed class ModularClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<ApplicationRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, ApplicationRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(OpenIddictConstants.Claims.Name, user.DisplayName));
        if (user.OrganisationId is { } organisationId)
        {
            identity.AddClaim(new Claim(IdentityClaimTypes.OrganisationId, organisationId.ToString()));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(IdentityClaimTypes.MustChangePassword, "true"));
        }

        return identity;
    }
}
