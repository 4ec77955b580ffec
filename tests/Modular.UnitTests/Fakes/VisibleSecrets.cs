using Modular.SharedKernel.Security;

namespace Modular.UnitTests.Fakes;

/// <summary>A protector whose output shows what it protected, so a test can tell it was used.</summary>
internal sealed class VisibleSecrets : ISecretProtector
{
    public string Protect(string secret) => "protected:" + secret;

    public string? Unprotect(string protectedSecret) =>
        protectedSecret.StartsWith("protected:", StringComparison.Ordinal) ? protectedSecret["protected:".Length..] : null;
}
