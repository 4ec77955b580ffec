using Modular.SharedKernel.Domain;

namespace Modular.Notifications.Application.Ports;

/// <summary>Settings the handlers need, from configuration.</summary>
internal interface INotificationSettings
{
    Money LetterCost { get; }

    /// <summary>The most the files of one message may weigh together, in bytes.</summary>
    long MaxEnclosureBytes { get; }
}
