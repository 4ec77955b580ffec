namespace Modular.Other.Domain;

/// <summary>Compliant: the other module's aggregate, which Fixture must not use.</summary>
internal sealed class OtherThing(Guid id)
{
    public Guid Id { get; } = id;
}
