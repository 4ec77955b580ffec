namespace Modular.Identity.Application.Ports;

/// <summary>An account to make; it signs in with <paramref name="UserName"/> when given (a mandatary), else with its email.</summary>
internal sealed record NewAccount(Guid Id, string Email, string DisplayName, Guid? OrganisationId, string Role, string PersonalCode, bool MustChangePassword, string PreferredLanguage, string? UserName = null);
