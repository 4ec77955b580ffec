using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Modular.ClientPortal.Application.Access;
using Modular.ClientPortal.Application.Companies;
using Modular.ClientPortal.Application.Invitations;
using Modular.ClientPortal.Application.Requests;
using Modular.ClientPortal.Application.Team;
using Modular.ClientPortal.Application.Digests;
using Modular.ClientPortal.Application.Documents;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Application.Expiry;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Infrastructure.Jobs;
using Modular.ClientPortal.Infrastructure.Notices;
using Modular.ClientPortal.Infrastructure.Persistence;
using Modular.ClientPortal.Infrastructure.Search;
using Modular.ClientPortal.Infrastructure.Seeding;
using Modular.ClientPortal.Infrastructure.Storage;
using Modular.SharedKernel.Infrastructure.Modules;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Infrastructure.Journals;

namespace Modular.ClientPortal.Infrastructure;

/// <summary>
/// Registers the ClientPortal module: an insurer's client companies, the benefit documents it
/// publishes to them (searchable, kept about a year), and their users' reading of them.
/// </summary>
public static class ClientPortalModule
{
    public const string Name = "ClientPortal";

    /// <summary>The largest PDF the Host must let through to the module (the module enforces the real limit).</summary>
    public static long MaxFileBytes(IConfiguration configuration) =>
        configuration.GetSection(PortalOptions.SectionName).Get<PortalOptions>()?.MaxFileBytes ?? new PortalOptions().MaxFileBytes;

    public static IServiceCollection AddClientPortalModule(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        services.AddModule(new ModuleDescriptor(Name, [typeof(IPortalRepository).Assembly, typeof(ClientPortalModule).Assembly]).WithDatabase<PortalDbContext>(configuration) with
        {
            SeedDemoContent = PortalDemoSeeder.SeedAsync,
        });
        services.AddModuleDbContext<PortalDbContext, SqlitePortalDbContext, PostgreSqlPortalDbContext>(configuration, Name);
        services.AddSingleton(new ApiScopeDefinition(PortalScopes.Read, "Lire les documents publiés pour votre entreprise sur le portail clientèle", "Read the documents published for your company on the client portal"));
        services.AddSingleton(PortalServices.Publishing);
        services.AddSingleton(new ApiScopeDefinition(PortalScopes.Publish, "Publier des documents de prestations pour les entreprises clientes", "Publish benefit documents to client companies"));
        services.AddOptions<PortalOptions>().Bind(configuration.GetSection(PortalOptions.SectionName))
            .Validate(o => o.RetentionDays is > 0 and <= 3650, "Modular:Portal:RetentionDays must be between 1 and 3650.")
            .Validate(o => o.MaxFileBytes > 0, "Modular:Portal:MaxFileBytes must be positive.")
            .Validate(o => o.DigestHour is >= 0 and <= 23, "Modular:Portal:DigestHour must be an hour between 0 and 23.");
        services.AddSingleton<IPortalSettings>(provider => provider.GetRequiredService<IOptions<PortalOptions>>().Value);
        var data = configuration.GetSection(ModularDataOptions.SectionName).Get<ModularDataOptions>() ?? new ModularDataOptions();
        var blobDirectory = configuration[$"{PortalOptions.SectionName}:BlobDirectory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(data.FullBlobDirectory, "portal");
        // Made on first use, as the other blob store: the data directory is checked at start first.
        services.AddSingleton<IPortalBlobs>(_ => new PortalBlobStore(blobDirectory));
        services.AddSingleton<IPdfText, PdfPigText>();
        services.AddScoped<IPortalRepository, PortalRepository>();
        services.AddJournalChain<ReadReceiptChain>();
        services.AddScoped<IPortalSearch>(provider =>
        {
            var context = provider.GetRequiredService<PortalDbContext>();
            return context.Database.IsNpgsql() ? new PostgreSqlPortalSearch(context) : new SqlitePortalSearch(context);
        });
        services.AddScoped<PortalAccess>();
        services.AddScoped<TeamAccess>();
        services.AddScoped<Application.Messages.ThreadAccess>();
        services.AddScoped<PortalRules>();
        services.AddScoped<PortalInvitations>();
        services.AddScoped<CompanyRegistration>();
        services.AddScoped<AccessRequestMapping>();
        services.AddScoped<PortalMessages>();
        services.AddScoped<DocumentItems>();
        services.AddScoped<ExpiredDocumentPurge>();
        services.AddSingleton<PortalRetentionWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<PortalRetentionWorker>());

        // The daily digest and the expiry reminders: queued by the workers, emailed by the notice consumers.
        services.AddScoped<IPortalMailStore, PortalMailStore>();
        services.AddScoped<DigestScheduler>();
        services.AddScoped<DigestLetters>();
        services.AddScoped<ExpiryReminders>();
        services.AddScoped<ReminderLetters>();
        services.AddSingleton<PortalDigestWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<PortalDigestWorker>());
        services.AddSingleton<PortalReminderWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<PortalReminderWorker>());
        return services;
    }
}
