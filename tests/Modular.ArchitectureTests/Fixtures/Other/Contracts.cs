namespace Modular.Other.Contracts;

/// <summary>Compliant: the other module's public surface, which Fixture may use.</summary>
public sealed record OtherPersonDto(Guid Id, string Name);
