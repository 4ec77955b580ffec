using MediatR;

namespace Modular.Host.Pipeline;

internal static class PipelineRegistration
{
    /// <summary>The behaviors, outermost first: logging, authorization, validation.</summary>
    public static IServiceCollection AddRequestPipeline(this IServiceCollection services)
    {
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        return services;
    }
}
