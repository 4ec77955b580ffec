using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.SharedKernel.Infrastructure.Outbox;

namespace Modular.IntegrationTests.SharedKernel;

[Collection(nameof(OutboxTests))]
public sealed class OutboxTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("modular-kernel-").FullName;
    private ServiceProvider _services = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        NoteCreatedConsumer.Fail = false;
        _services = TestModule.Build(_dataDirectory);
        await TestModule.CreateDatabaseAsync(_services);
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task An_event_saved_with_its_change_is_published_once_and_consumed_once_even_when_redelivered()
    {
        var eventId = await SaveNoteWithEventAsync();
        var dispatcher = _services.GetRequiredService<OutboxDispatcher<TestModuleDbContext>>();

        Assert.Equal(1, await dispatcher.DispatchBatchAsync(Ct));
        Assert.Equal(0, await dispatcher.DispatchBatchAsync(Ct));

        // At-least-once: a redelivery (the process died before marking it) is harmless.
        await using (var scope = _services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<TestModuleDbContext>();
            await context.OutboxMessages.Where(m => m.Id == eventId).ExecuteUpdateAsync(m => m.SetProperty(x => x.ProcessedAt, (DateTimeOffset?)null), Ct);
        }

        Assert.Equal(1, await dispatcher.DispatchBatchAsync(Ct));
        Assert.Equal(1, await CounterAsync("consumed"));
        Assert.Equal(1, await InboxCountAsync());
    }

    [Fact]
    public async Task A_failing_consumer_leaves_the_message_for_a_later_attempt_with_its_error_and_nothing_is_lost_across_a_restart()
    {
        var eventId = await SaveNoteWithEventAsync();
        NoteCreatedConsumer.Fail = true;
        var dispatcher = _services.GetRequiredService<OutboxDispatcher<TestModuleDbContext>>();

        Assert.Equal(0, await dispatcher.DispatchBatchAsync(Ct));
        var failed = await MessageAsync(eventId);
        Assert.Null(failed.ProcessedAt);
        Assert.Equal(1, failed.Attempts);
        Assert.Equal("The consumer's dependency is down.", failed.LastError);
        Assert.True(failed.NextAttemptAt > DateTimeOffset.UtcNow);

        // The process restarts (a new container on the same file); once due, the message goes out.
        await _services.DisposeAsync();
        NoteCreatedConsumer.Fail = false;
        _services = TestModule.Build(_dataDirectory);
        await using (var scope = _services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<TestModuleDbContext>();
            await context.OutboxMessages.ExecuteUpdateAsync(m => m.SetProperty(x => x.NextAttemptAt, DateTimeOffset.UtcNow.AddSeconds(-1)), Ct);
        }

        Assert.Equal(1, await _services.GetRequiredService<OutboxDispatcher<TestModuleDbContext>>().DispatchBatchAsync(Ct));
        Assert.NotNull((await MessageAsync(eventId)).ProcessedAt);
        Assert.Equal(1, await CounterAsync("consumed"));
    }

    [Fact]
    public async Task A_change_whose_save_fails_writes_no_event()
    {
        await using var scope = _services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TestModuleDbContext>();
        var id = Guid.NewGuid();
        context.Notes.Add(new Note(id, "first", 1, DateTimeOffset.UtcNow));
        await context.SaveChangesAsync(Ct);

        await using var second = _services.CreateAsyncScope();
        var other = second.ServiceProvider.GetRequiredService<TestModuleDbContext>();
        other.Notes.Add(new Note(id, "duplicate key", 1, DateTimeOffset.UtcNow));
        other.Enqueue(new NoteCreatedIntegrationEvent(Guid.NewGuid(), DateTimeOffset.UtcNow, id));
        await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync(Ct));

        await using var check = _services.CreateAsyncScope();
        Assert.Equal(0, await check.ServiceProvider.GetRequiredService<TestModuleDbContext>().OutboxMessages.CountAsync(Ct));
    }

    [Fact]
    public async Task Domain_event_handlers_run_in_the_same_save_as_the_change()
    {
        await using (var scope = _services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<TestModuleDbContext>();
            var note = new Note(Guid.NewGuid(), "published", 1, DateTimeOffset.UtcNow);
            note.Publish();
            context.Notes.Add(note);
            await context.SaveChangesAsync(Ct);
            Assert.Empty(note.DomainEvents);
        }

        Assert.Equal(1, await CounterAsync(nameof(NotePublished)));
    }

    private async Task<Guid> SaveNoteWithEventAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TestModuleDbContext>();
        var note = new Note(Guid.NewGuid(), "note", 1, DateTimeOffset.UtcNow);
        var eventId = Guid.NewGuid();
        context.Notes.Add(note);
        context.Enqueue(new NoteCreatedIntegrationEvent(eventId, DateTimeOffset.UtcNow, note.Id));
        await context.SaveChangesAsync(Ct);
        return eventId;
    }

    private async Task<int> CounterAsync(string name)
    {
        await using var scope = _services.CreateAsyncScope();
        var counter = await scope.ServiceProvider.GetRequiredService<TestModuleDbContext>().Counters.AsNoTracking().FirstOrDefaultAsync(c => c.Name == name, Ct);
        return counter?.Value ?? 0;
    }

    private async Task<int> InboxCountAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TestModuleDbContext>().InboxMessages.CountAsync(Ct);
    }

    private async Task<OutboxMessage> MessageAsync(Guid id)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TestModuleDbContext>().OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, Ct);
    }
}
