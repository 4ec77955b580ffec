using System.Reflection;

namespace Modular.ArchitectureTests.Rules;

/// <summary>
/// A Contracts enum and the Domain (or Application) enum it is cast from and to: handlers convert
/// them by value (<c>(DownloadLinkStatus)link.State</c>), so both must have the same names with the
/// same values. A Contracts enum with no twin is listed with the reason.
/// </summary>
internal sealed record EnumTwin(Type Contract, Type Inner)
{
    /// <summary>Where each name differs: missing on one side, or with another value.</summary>
    public IReadOnlyList<string> Differences()
    {
        var contract = Values(Contract);
        var inner = Values(Inner);
        return
        [
            .. contract.Where(c => !inner.ContainsKey(c.Key)).Select(c => $"{Contract.Name}.{c.Key} has no twin in {Inner.FullName}."),
            .. inner.Where(i => !contract.ContainsKey(i.Key)).Select(i => $"{Inner.FullName}.{i.Key} has no twin in {Contract.Name}."),
            .. contract.Where(c => inner.TryGetValue(c.Key, out var v) && v != c.Value).Select(c => $"{Contract.Name}.{c.Key} is {c.Value} but {Inner.Name}.{c.Key} is {inner[c.Key]}."),
        ];
    }

    /// <summary>A module's internal enum, by name (this test assembly sees no module internals).</summary>
    public static Type Internal(string module, string layer, string fullName) =>
        Assembly.Load($"Modular.{module}.{layer}").GetType(fullName, throwOnError: true)!;

    private static Dictionary<string, long> Values(Type type) =>
        Enum.GetNames(type).ToDictionary(n => n, n => Convert.ToInt64(Enum.Parse(type, n), System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
}
