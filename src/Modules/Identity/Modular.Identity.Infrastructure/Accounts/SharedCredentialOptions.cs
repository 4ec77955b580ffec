using Modular.Identity.Application.Ports;

namespace Modular.Identity.Infrastructure.Accounts;

/// <summary>
/// <c>Modular:Identity:SharedCredentials</c>: <see cref="Threshold"/> signals within a day (two
/// sessions at once from two addresses and devices, two distant networks within the hour) end a
/// mandatary's account; 0 turns the deactivation off (the signals are still recorded).
/// </summary>
internal sealed class SharedCredentialOptions : ISharedCredentialSettings
{
    public const string SectionName = "Modular:Identity:SharedCredentials";

    public int Threshold { get; set; } = 2;
}
