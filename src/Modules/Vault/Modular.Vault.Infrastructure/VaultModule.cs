using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Infrastructure.Modules;
using Modular.SharedKernel.Infrastructure.Journals;
using Modular.Vault.Application.Access;
using Modular.Vault.Application.Folders;
using Modular.Vault.Application.Invitations;
using Modular.Vault.Application.Collections;
using Modular.Vault.Application.Documents;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Infrastructure.Jobs;
using Modular.Vault.Infrastructure.Links;
using Modular.Vault.Infrastructure.Notices;
using Modular.Vault.Infrastructure.Persistence;
using Modular.Vault.Infrastructure.Seeding;

namespace Modular.Vault.Infrastructure;

/// <summary>Registers the Vault module: an organisation's folders of documents, their journal, uploads and downloads, one-time download links.</summary>
public static class VaultModule
{
    public const string Name = "Vault";

    /// <summary>The largest upload the Host must let through to the module (the module enforces the real limit).</summary>
    public static long MaxFileBytes(IConfiguration configuration) =>
        configuration.GetSection(VaultOptions.SectionName).Get<VaultOptions>()?.MaxFileBytes ?? new VaultOptions().MaxFileBytes;

    public static IServiceCollection AddVaultModule(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        services.AddModule(new ModuleDescriptor(Name, [typeof(IVaultRepository).Assembly, typeof(VaultModule).Assembly]).WithDatabase<VaultDbContext>(configuration) with
        {
            SeedDemoContent = VaultDemoSeeder.SeedAsync,
            EnsureReferenceData = (provider, cancellationToken) => provider.GetRequiredService<LegacyClientGrants>().SettleAsync(cancellationToken),
        });
        services.AddModuleDbContext<VaultDbContext, SqliteVaultDbContext, PostgreSqlVaultDbContext>(configuration, Name);
        services.AddSingleton(new ApiScopeDefinition(VaultScopes.Read, "Lire les dossiers et documents du coffre", "Read the vault's folders and documents"));
        services.AddSingleton(VaultServices.Vault);
        services.AddSingleton(new ApiScopeDefinition(VaultScopes.Write, "Créer des dossiers et déposer des documents dans le coffre", "Create folders and upload documents to the vault"));
        services.AddOptions<VaultOptions>().Bind(configuration.GetSection(VaultOptions.SectionName))
            .Validate(o => o.MaxFileBytes > 0, "Modular:Vault:MaxFileBytes must be positive.")
            .Validate(o => o.MaxCollectedFilesPerItem > 0 && o.MaxCollectedFilesPerRequest > 0, "Modular:Vault:MaxCollectedFilesPerItem and MaxCollectedFilesPerRequest must be positive.")
            .Validate(o => o.OrphanBlobGracePeriod > TimeSpan.Zero && o.OrphanSweepInterval > TimeSpan.Zero, "Modular:Vault:OrphanBlobGracePeriod and OrphanSweepInterval must be positive.");
        services.AddSingleton<IVaultSettings>(provider => provider.GetRequiredService<IOptions<VaultOptions>>().Value);
        services.AddScoped<IVaultRepository, VaultRepository>();
        services.AddJournalChain<VaultJournalChain>();
        services.AddScoped<FolderAccess>();
        services.AddScoped<JournalAuthors>();
        services.AddScoped<VaultMessages>();
        services.AddScoped<InvitationIssuer>();
        services.AddScoped<AccessGrants>();
        services.AddScoped<LegacyClientGrants>();
        services.AddScoped<HomePages>();
        services.AddScoped<AddressFailures>();
        services.AddScoped<CollectionLinks>();
        services.AddScoped<DocumentIntake>();
        services.AddScoped<BlobPurger>();
        services.AddScoped<OrphanBlobSweeper>();
        services.AddSingleton<OrphanBlobWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<OrphanBlobWorker>());
        services.AddScoped<PendingInvitations>();
        services.AddScoped<LinkSessions>();
        services.AddSingleton<ICodeProtector, DataProtectionCodeProtector>();
        services.AddSingleton<ICodeHasher, HmacCodeHasher>();
        services.AddSingleton<IReceiptSigner, OpenIdConnectReceiptSigner>();
        services.AddSingleton<VaultPurgeWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<VaultPurgeWorker>());
        services.AddScoped<CollectionReminders>();
        services.AddSingleton<CollectionReminderWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<CollectionReminderWorker>());
        return services;
    }
}
