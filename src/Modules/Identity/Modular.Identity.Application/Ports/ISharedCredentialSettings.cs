namespace Modular.Identity.Application.Ports;

/// <summary><c>Modular:Identity:SharedCredentials</c>: how many signals within a day deactivate a mandatary's account (0: never).</summary>
internal interface ISharedCredentialSettings
{
    int Threshold { get; }
}
