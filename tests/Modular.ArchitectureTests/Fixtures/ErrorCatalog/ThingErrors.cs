using Modular.SharedKernel.Results;

// Not an architecture fixture: ErrorCatalogTests reads these by reflection, with texts of its own.
namespace Modular.ArchitectureTests.Fixtures.ErrorCatalog;

/// <summary>A module's errors, some of them drifting from their declaration and texts.</summary>
internal static class ThingErrors
{
    /// <summary>Declared, with both texts: compliant.</summary>
    public static readonly Error ThingNotFound = Error.NotFound("thing-not-found", "Cette chose est introuvable.");

    /// <summary>Not declared in ThingErrorCodes.</summary>
    public static readonly Error ThingGone = Error.Gone("thing-gone", "Cette chose n'existe plus.");

    /// <summary>Declared; its reason has a French text only.</summary>
    public static Error ThingNameTooLong(int max) =>
        Error.Invalid("thing-name-invalid", $"Un nom compte {max} caractères au plus.").WithReason("length").WithArguments(max);

    /// <summary>Declared; its texts ask for a second value it does not carry.</summary>
    public static Error ThingLocked(DateTimeOffset until) =>
        Error.Locked("thing-locked", $"Bloquée jusqu'à {until:HH:mm}.").WithArguments(until);
}

/// <summary>The module's Contracts declaration of its codes.</summary>
internal static class ThingErrorCodes
{
    public const string ThingNotFound = "thing-not-found";
    public const string ThingNameInvalid = "thing-name-invalid";
    public const string ThingLocked = "thing-locked";

    /// <summary>Declared, with an English text that is the French one.</summary>
    public const string ThingUntranslated = "thing-untranslated";

    /// <summary>An extension name, not a code: needs no text.</summary>
    public const string RetryAfterExtension = "retryAfter";
}
