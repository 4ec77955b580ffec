namespace Modular.Identity.Application.Ports;

internal sealed record NewAccount(Guid Id, string Email, string DisplayName, Guid? OrganisationId, string Role, string PersonalCode, bool MustChangePassword, string PreferredLanguage);
