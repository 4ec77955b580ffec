using Modular.Delegation.Application.Ports;

namespace Modular.Delegation.Infrastructure;

/// <summary>
/// <c>Modular:Delegation</c>: the local parts of role or shared addresses that neither party of a
/// mandate may give (compared without case, spaces or <c>+tag</c>), replacing the defaults when set.
/// </summary>
internal sealed class DelegationOptions : IDelegationSettings
{
    public const string SectionName = "Modular:Delegation";

    /// <summary>The addresses a practice commonly shares: its desk, its secretariat, its mailbox.</summary>
    public static readonly IReadOnlyList<string> DefaultSharedAddressNames =
    [
        "accueil", "admin", "administration", "cabinet", "comptabilite", "contact", "direction", "facturation", "info", "infos", "noreply", "no-reply",
        "office", "reception", "secretariat", "secretariat-medical", "service", "support",
    ];

    public List<string> SharedAddressNames { get; init; } = [];

    IReadOnlyCollection<string> IDelegationSettings.SharedAddressNames => SharedAddressNames.Count > 0 ? SharedAddressNames : DefaultSharedAddressNames;
}
