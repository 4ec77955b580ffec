using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.SharedKernel.Infrastructure.Modules;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Specifications;

namespace Modular.IntegrationTests.SharedKernel;

/// <summary>A small module built on the SharedKernel, on its own SQLite file, to test the kernel's mechanisms.</summary>
public sealed class Note : AggregateRoot<Guid>
{
    public Note(Guid id, string title, int rank, DateTimeOffset createdAt)
        : base(id)
    {
        Title = title;
        Rank = rank;
        CreatedAt = createdAt;
    }

    public string Title { get; private set; }

    public int Rank { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public List<Tag> Tags { get; } = [];

    public void Publish() => Raise(new NotePublished(Id, CreatedAt));
}

public sealed class Tag
{
    public int Id { get; set; }

    public string Label { get; set; } = "";
}

public sealed class Counter
{
    public string Name { get; set; } = "";

    public int Value { get; set; }
}

public sealed record NotePublished(Guid NoteId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record NoteCreatedIntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, Guid NoteId) : IntegrationEvent(EventId, OccurredAt);

public sealed class TestModuleDbContext(DbContextOptions<TestModuleDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    public DbSet<Counter> Counters => Set<Counter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Note>().Ignore(n => n.DomainEvents).HasMany(n => n.Tags).WithOne();
        modelBuilder.Entity<Counter>().HasKey(c => c.Name);
    }
}

/// <summary>Publishing a note counts it, in the same transaction (a domain event handler).</summary>
public sealed class NotePublishedHandler(TestModuleDbContext context) : IDomainEventHandler<NotePublished>
{
    public async Task HandleAsync(NotePublished domainEvent, CancellationToken cancellationToken)
    {
        var counter = await context.Counters.FindAsync([nameof(NotePublished)], cancellationToken);
        if (counter is null)
        {
            context.Counters.Add(new Counter { Name = nameof(NotePublished), Value = 1 });
        }
        else
        {
            counter.Value++;
        }
    }
}

/// <summary>A consumer in another module: counts each integration event once, however often it is delivered.</summary>
public sealed class NoteCreatedConsumer(TestModuleDbContext context, TimeProvider time)
    : IdempotentIntegrationEventHandler<NoteCreatedIntegrationEvent, TestModuleDbContext>(context, time)
{
    public static bool Fail { get; set; }

    protected override async Task HandleOnceAsync(NoteCreatedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw new InvalidOperationException("The consumer's dependency is down.");
        }

        var counter = await Context.Counters.FindAsync(["consumed"], cancellationToken);
        if (counter is null)
        {
            Context.Counters.Add(new Counter { Name = "consumed", Value = 1 });
        }
        else
        {
            counter.Value++;
        }
    }
}

public sealed class NotesByRankSpec : Specification<Note>
{
    public NotesByRankSpec(string titlePrefix, int page, int pageSize) =>
        Query.Where(n => n.Title.StartsWith(titlePrefix)).OrderByDescending(n => n.Rank).ThenBy(n => n.Title).Page(page, pageSize).AsNoTracking();
}

public sealed class NoteTitlesSpec : Specification<Note, string>
{
    public NoteTitlesSpec()
    {
        Query.Include(n => n.Tags).Where(n => n.Tags.Count > 0).OrderBy(n => n.Title);
        Select(n => n.Title + " (" + n.Tags.Count + ")");
    }
}

public static class TestModule
{
    public static ServiceProvider Build(string dataDirectory)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Modular:DataDirectory"] = dataDirectory })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddModule(new ModuleDescriptor("SkTest", [typeof(TestModule).Assembly]));
        services.AddModuleDbContext<TestModuleDbContext, TestModuleDbContext, TestModuleDbContext>(configuration, "SkTest");
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public static async Task CreateDatabaseAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TestModuleDbContext>().Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
    }

    public static IMediator Mediator(IServiceScope scope) => scope.ServiceProvider.GetRequiredService<IMediator>();
}
