using Microsoft.AspNetCore.Identity;
using Modular.Identity.Contracts.Account;

namespace Modular.Identity.Infrastructure.Accounts;

/// <summary>An account, as ASP.NET Core Identity stores it, with what Modular adds.</summary>
internal sealed class ApplicationUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>The tenant the person works for; null for outside people.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>"Code personnel d'identification": 8 characters, unique, given to those who grant access.</summary>
    public string PersonalCode { get; set; } = "";

    /// <summary>Set for a temporary password: the person must choose their own before anything else.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>"fr" or "en": the language of the person's emails, and of their pages once signed in.</summary>
    public string PreferredLanguage { get; set; } = PreferredLanguages.Default;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeactivatedAt { get; set; }

    /// <summary>When the owner was last told that sign-ins to the account were being refused.</summary>
    public DateTimeOffset? LastSignInAlertAt { get; set; }

    public bool IsActive => DeactivatedAt is null;
}

internal sealed class ApplicationRole : IdentityRole<Guid>
{
    public ApplicationRole()
    {
    }

    public ApplicationRole(string name)
        : base(name) => Id = Guid.CreateVersion7();
}
