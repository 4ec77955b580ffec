using Modular.SharedKernel.Domain;

namespace Modular.Notifications.Application.Ports;

/// <summary>Settings the handlers need, from configuration.</summary>
internal interface INotificationSettings
{
    Money LetterCost { get; }
}
