namespace Modular.SharedKernel.Security;

/// <summary>
/// Encrypts a secret that must wait in a database before it is sent (a link's token or a code in
/// an outbox event), with the Host's data protection keys: a copy of the database alone does not
/// give it away.
/// </summary>
public interface ISecretProtector
{
    string Protect(string secret);

    /// <summary>The secret, or null when it cannot be read any more (keys rotated away, altered text).</summary>
    string? Unprotect(string protectedSecret);
}
