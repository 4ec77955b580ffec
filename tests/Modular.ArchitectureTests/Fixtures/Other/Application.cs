using Modular.Other.Contracts;

namespace Modular.Other.Application;

/// <summary>Compliant: the other module's application service, which Fixture must not use.</summary>
internal sealed class OtherDirectory
{
    public string Describe() => nameof(OtherPersonDto);
}

/// <summary>Compliant with the side-effect rule: the module that owns SendMessageCommand handles it.</summary>
internal sealed class SendMessageCommandHandler
{
    public string Handle(SendMessageCommand command) => command.To;
}
