using System.Security.Cryptography;

namespace Modular.Identity.Domain.Accounts;

/// <summary>
/// The username of an account made for a mandatary (e.g. <c>mdt-k7p2-x9qa</c>): not their email, so
/// that the address that receives the temporary password does not also give the username, which
/// goes to the mandator's. No letters or digits that read alike.
/// </summary>
internal static class MandataryUserName
{
    public const string Prefix = "mdt-";

    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public static string Generate() =>
        $"{Prefix}{RandomNumberGenerator.GetString(Alphabet, 4)}-{RandomNumberGenerator.GetString(Alphabet, 4)}";
}
