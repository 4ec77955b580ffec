using Microsoft.Extensions.DependencyInjection;

namespace Modular.Third.Infrastructure;

/// <summary>Rule 4: named like a registration class but not static, so not exempt from being internal.</summary>
public sealed class ThirdModule
{
    public IServiceCollection AddThirdModule(IServiceCollection services) => services;
}
