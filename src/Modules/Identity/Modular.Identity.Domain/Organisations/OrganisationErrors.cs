using Modular.SharedKernel.Results;

namespace Modular.Identity.Domain.Organisations;

/// <summary>An organisation's refusals; codes are declared for callers in Contracts' IdentityErrorCodes.</summary>
internal static class OrganisationErrors
{
    public static readonly Error NameRequired = Error.Invalid("organisation-name-required", "Le nom de l'organisation est obligatoire.");

    public static Error NameTooLong(int max) =>
        Error.Invalid("organisation-name-too-long", $"Le nom de l'organisation ne peut dépasser {max} caractères.").WithArguments(max);
}
