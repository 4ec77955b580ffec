using Microsoft.Extensions.DependencyInjection;
using Modular.Other.Application;

namespace Modular.Other.Infrastructure;

/// <summary>Compliant: the other module's registration class.</summary>
public static class OtherModule
{
    public static IServiceCollection AddOtherModule(this IServiceCollection services) => services.AddSingleton<OtherDirectory>();
}
