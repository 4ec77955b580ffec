using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.Sharing.Domain.CaseFiles;
using Modular.Sharing.Domain.Imports;
using Modular.Sharing.Domain.ShareKeys;
using Modular.SharedKernel.Infrastructure.Journals;

namespace Modular.Sharing.Infrastructure.Persistence;

/// <summary>The Sharing module's database (sharing.db): case files with their history and restore points, share keys, failed imports.</summary>
internal abstract class SharingDbContext : ModuleDbContext
{
    /// <summary>For <see cref="SqliteSharingDbContext"/> and <see cref="PostgreSqlSharingDbContext"/>: one model, one context type per provider.</summary>
    protected SharingDbContext(DbContextOptions options)
        : base(options)
    {
    }

    private static readonly JsonSerializerOptions ContentJson = new(JsonSerializerDefaults.Web);

    public DbSet<CaseFile> CaseFiles => Set<CaseFile>();

    public DbSet<ShareKey> ShareKeys => Set<ShareKey>();

    public DbSet<RestorePoint> RestorePoints => Set<RestorePoint>();

    public DbSet<ImportFailure> ImportFailures => Set<ImportFailure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // A case file's content is one value, read and written whole: a JSON document per row.
        var content = new ValueConverter<CaseFileContent, string>(
            c => JsonSerializer.Serialize(c, ContentJson),
            json => JsonSerializer.Deserialize<CaseFileContent>(json, ContentJson)!);

        modelBuilder.Entity<CaseFile>(caseFile =>
        {
            caseFile.ToTable("case_files");
            caseFile.HasKey(c => c.Id);
            caseFile.Ignore(c => c.DomainEvents);
            caseFile.Property(c => c.Content).HasConversion(content);
            caseFile.Property(c => c.ClientName).HasMaxLength(400);
            caseFile.Property(c => c.SearchName).HasMaxLength(400);
            caseFile.Property(c => c.Revision).IsConcurrencyToken();

            // One copy of a lineage per owner: two imports of the same file cannot make two copies.
            caseFile.HasIndex(c => new { c.OwnerId, c.LineageId }).IsUnique();
            caseFile.HasIndex(c => new { c.OwnerId, c.UpdatedAt });
            caseFile.HasMany(c => c.History).WithOne().HasForeignKey(h => h.CaseFileId).OnDelete(DeleteBehavior.Cascade);
            caseFile.HasMany(c => c.RestorePoints).WithOne().HasForeignKey(p => p.CaseFileId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CaseFileHistoryEntry>(history =>
        {
            history.ToTable("case_file_history");
            history.HasKey(h => h.Id);
            history.Property(h => h.Kind).HasConversion<string>().HasMaxLength(20);
            history.Property(h => h.Detail).HasMaxLength(400);
            history.IsHashChained();
        });
        modelBuilder.Entity<RestorePoint>(point =>
        {
            point.ToTable("restore_points");
            point.HasKey(p => p.Id);

            // The domain sets the id: a new restore point found in a case file's collection is an insert, not an update.
            point.Property(p => p.Id).ValueGeneratedNever();
            point.Property(p => p.Content).HasConversion(content);
            point.HasIndex(p => p.ExpiresAt);
        });
        modelBuilder.Entity<ShareKey>(key =>
        {
            key.ToTable("share_keys");
            key.HasKey(k => k.Id);
            key.Ignore(k => k.DomainEvents);
            key.Property(k => k.KeyHash).HasMaxLength(32);
            key.HasIndex(k => k.KeyHash).IsUnique();
            key.Property(k => k.ClientName).HasMaxLength(400);
            key.Property(k => k.KeyEnding).HasMaxLength(8);
            key.Property(k => k.RecipientEmail).HasMaxLength(320);
            key.Property(k => k.Snapshot).HasConversion(content!);
            key.HasIndex(k => new { k.IssuerId, k.CreatedAt });
            key.HasIndex(k => k.ExpiresAt);
        });
        modelBuilder.Entity<ImportFailure>(failure =>
        {
            failure.ToTable("import_failures");
            failure.HasKey(f => f.Id);
            failure.Property(f => f.RemoteAddress).HasMaxLength(64);
            failure.Property(f => f.Reason).HasMaxLength(40);
            failure.HasIndex(f => new { f.UserId, f.At });
            failure.HasIndex(f => new { f.RemoteAddress, f.At });
            failure.HasIndex(f => f.At);
        });
    }
}
