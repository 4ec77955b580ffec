namespace Modular.Delegation.Application.Ports;

/// <summary>
/// The module's settings (<c>Modular:Delegation</c>): the local parts of role or shared addresses
/// refused for either party (<c>info</c>, <c>accueil</c>, <c>secretariat</c>…).
/// </summary>
internal interface IDelegationSettings
{
    IReadOnlyCollection<string> SharedAddressNames { get; }
}
