using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Modular.Identity.Domain.Organisations;
using Modular.Identity.Domain.SignIn;
using Modular.Identity.Infrastructure.Accounts;
using Modular.SharedKernel.Infrastructure.Outbox;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.SharedKernel.Messaging;

namespace Modular.Identity.Infrastructure.Persistence;

/// <summary>
/// The Identity module's database (identity.db): accounts, roles, organisations, the OpenID
/// Connect server's applications, authorizations and tokens, and the module's outbox.
/// </summary>
internal abstract class IdentityDbContext : IdentityDbContext<ApplicationUser, ApplicationRole, Guid>, IIntegrationEventOutbox
{
    /// <summary>For <see cref="SqliteIdentityDbContext"/> and <see cref="PostgreSqlIdentityDbContext"/>: one model, one context type per provider.</summary>
    protected IdentityDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();

    public DbSet<SignInTrace> SignInTraces => Set<SignInTrace>();

    public DbSet<CredentialSignal> CredentialSignals => Set<CredentialSignal>();

    public void Enqueue(IIntegrationEvent integrationEvent) => OutboxModel.Enqueue(this, integrationEvent);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        ModuleModel.ConfigureConventions(this, configurationBuilder);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        ModuleModel.Configure(this, builder);
        OutboxModel.Configure(builder);
        builder.UseOpenIddict();

        builder.Entity<ApplicationUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.PersonalCode).HasMaxLength(8);
            user.Property(u => u.PreferredLanguage).HasMaxLength(2);
            user.HasIndex(u => u.PersonalCode).IsUnique();
            user.HasIndex(u => u.OrganisationId);
            user.Ignore(u => u.IsActive);
        });

        builder.Entity<SignInFailure>(failure =>
        {
            failure.ToTable("SignInFailures");
            failure.HasKey(f => f.Id);
            failure.Property(f => f.AccountKey).HasMaxLength(SignInFailure.MaxAccountKeyLength);
            failure.Property(f => f.RemoteAddress).HasMaxLength(SignInFailure.MaxAddressLength);
            failure.HasIndex(f => new { f.AccountKey, f.At });
            failure.HasIndex(f => f.At);
        });

        builder.Entity<SignInTrace>(trace =>
        {
            trace.ToTable("SignInTraces");
            trace.HasKey(t => t.Id);
            trace.Property(t => t.Address).HasMaxLength(SignInTrace.MaxAddressLength);
            trace.Property(t => t.Device).HasMaxLength(SignInTrace.MaxDeviceLength);
            trace.HasIndex(t => new { t.UserId, t.At });
            trace.HasIndex(t => t.At);
        });

        builder.Entity<CredentialSignal>(signal =>
        {
            signal.ToTable("CredentialSignals");
            signal.HasKey(s => s.Id);
            signal.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
            signal.Property(s => s.Evidence).HasMaxLength(CredentialSignal.MaxEvidenceLength);
            signal.HasIndex(s => new { s.UserId, s.At });
        });

        builder.Entity<Organisation>(organisation =>
        {
            organisation.ToTable("Organisations");
            organisation.HasKey(o => o.Id);
            organisation.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength);
            organisation.HasIndex(o => o.Name).IsUnique();
            organisation.Ignore(o => o.DomainEvents);
        });
    }
}
