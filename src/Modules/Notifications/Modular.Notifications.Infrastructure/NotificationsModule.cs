using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Modular.Notifications.Application.Ports;
using Modular.Notifications.Application.Sending.SendMessage;
using Modular.Notifications.Infrastructure.Channels;
using Modular.Notifications.Infrastructure.Delivery;
using Modular.Notifications.Infrastructure.Persistence;
using Modular.Notifications.Infrastructure.Storage;
using Modular.Notifications.Infrastructure.Templates;
using Modular.SharedKernel.Infrastructure.Modules;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Notifications.Infrastructure;

/// <summary>
/// Registers the Notifications module: stored messages, Scriban templates, the email, SMS and
/// postal channels, and the background delivery worker.
/// </summary>
public static class NotificationsModule
{
    /// <summary>The meter the module's instruments are recorded to (ADR 0046).</summary>
    public const string MeterName = "Modular.Notifications";

    public const string Name = "Notifications";

    public static IServiceCollection AddNotificationsModule(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        services.AddModule(new ModuleDescriptor(Name, [typeof(INotificationsRepository).Assembly]).WithDatabase<NotificationsDbContext>(configuration));
        services.AddModuleDbContext<NotificationsDbContext, SqliteNotificationsDbContext, PostgreSqlNotificationsDbContext>(configuration, Name);
        services.AddOptions<NotificationsOptions>().Bind(configuration.GetSection(NotificationsOptions.SectionName));

        services.AddScoped<INotificationsRepository, NotificationsRepository>();
        services.AddScoped<TemplateResolver>();
        services.AddSingleton<ITemplateCatalog, EmbeddedTemplateCatalog>();
        services.AddSingleton<ITemplateRenderer, ScribanTemplateRenderer>();
        services.AddSingleton<INotificationSettings>(provider => provider.GetRequiredService<IOptions<NotificationsOptions>>().Value);

        // Made on first use, as the other blob stores: the data directory is checked at start first.
        services.AddSingleton<IEnclosureStore>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<NotificationsOptions>>().Value;
            var data = provider.GetRequiredService<IOptions<ModularDataOptions>>().Value;
            return new EnclosureStore(options.BlobDirectory is { Length: > 0 } configured ? Path.GetFullPath(configured) : Path.Combine(data.FullBlobDirectory, "notifications"));
        });

        var development = environment.IsDevelopment();
        services.AddSingleton<SmtpConnections>();
        services.AddScoped<IEmailChannel>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<NotificationsOptions>>().Value;
            if (!string.IsNullOrWhiteSpace(options.Smtp.Host))
            {
                return new SmtpEmailChannel(provider.GetRequiredService<IOptions<NotificationsOptions>>(), provider.GetRequiredService<SmtpConnections>(), provider.GetRequiredService<IEnclosureStore>());
            }

            return development ? new PickupFolderEmailChannel(PickupDirectory(provider, options, "mail-pickup"), options.Smtp.From, provider.GetRequiredService<IEnclosureStore>()) : new UnconfiguredEmailChannel();
        });
        services.AddHttpClient<HttpGatewaySmsChannel>(client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddScoped<ISmsChannel>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<NotificationsOptions>>().Value;
            if (!string.IsNullOrWhiteSpace(options.Sms.Url))
            {
                return provider.GetRequiredService<HttpGatewaySmsChannel>();
            }

            return development ? new PickupFolderSmsChannel(PickupDirectory(provider, options, "sms-pickup")) : new UnconfiguredSmsChannel();
        });

        services.AddSingleton<NotificationsMetrics>();
        services.AddSingleton<DeliveryWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<DeliveryWorker>());
        return services;
    }

    private static string PickupDirectory(IServiceProvider provider, NotificationsOptions options, string folder)
    {
        var data = provider.GetRequiredService<IOptions<ModularDataOptions>>().Value;
        return Path.Combine(options.PickupDirectory ?? data.FullDataDirectory, folder);
    }
}
