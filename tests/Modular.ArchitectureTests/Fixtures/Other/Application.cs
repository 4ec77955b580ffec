using Modular.Other.Contracts;

namespace Modular.Other.Application;

/// <summary>Compliant: the other module's application service, which Fixture must not use.</summary>
internal sealed class OtherDirectory
{
    public string Describe() => nameof(OtherPersonDto);
}
