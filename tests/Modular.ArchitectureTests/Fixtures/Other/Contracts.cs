namespace Modular.Other.Contracts;

/// <summary>Compliant: the other module's public surface, which Fixture may use.</summary>
public sealed record OtherPersonDto(Guid Id, string Name);

/// <summary>The other module's "send a message" request, as Notifications has one.</summary>
public sealed record SendMessageCommand(string To, string Text);
