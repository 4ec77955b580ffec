using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Vault;

/// <summary>A Host whose Notifications refuse the first message a module asks for, as an SMTP template error or a crash would.</summary>
public sealed class FlakyNotificationsHost : ModularHostFactory
{
    public int Refusals => _refusals;

    private int _refusals;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IPipelineBehavior<SendMessageCommand, Result<Guid>>>(new RefuseOnce(this)));
    }

    private sealed class RefuseOnce(FlakyNotificationsHost host) : IPipelineBehavior<SendMessageCommand, Result<Guid>>
    {
        public Task<Result<Guid>> Handle(SendMessageCommand request, CancellationToken cancellationToken, RequestHandlerDelegate<Result<Guid>> next) =>
            request.SendingModule == "Vault" && Interlocked.Increment(ref host._refusals) == 1
                ? Task.FromResult<Result<Guid>>(Error.Invalid("template-failed", "Le modèle n'a pas pu être rendu."))
                : next();
    }
}

/// <summary>
/// What a module sends because its state changed is an event saved with the change: a consumer
/// that fails is retried by the outbox, and the message still goes out exactly once (ADR 0023).
/// </summary>
public sealed class OutboxNoticeTests(FlakyNotificationsHost host) : IClassFixture<FlakyNotificationsHost>
{
    [Fact]
    public async Task A_refused_notice_is_retried_and_the_email_goes_out_exactly_once()
    {
        var email = InvitationAgent.Unique("relance");
        var invitation = await InvitationAgent.InviteAsync(host, "Retry", email);

        Assert.True(host.Refusals >= 2, "the first send was refused, then retried");
        Assert.Equal(1L, await ScalarAsync("notifications.db", $"SELECT count(*) FROM messages WHERE TemplateKey = 'vault.invitation' AND RecipientAddress = '{email}'"));
        Assert.Equal(1L, await ScalarAsync("vault.db", $"SELECT count(*) FROM outbox_messages WHERE ProcessedAt IS NOT NULL AND Attempts = 1 AND LastError LIKE '%template-failed%' AND Type LIKE '%InvitationIssuedIntegrationEvent%'"));
        Assert.False(string.IsNullOrEmpty(invitation.Path));
    }

    private async Task<long> ScalarAsync(string database, string sql)
    {
        await host.OutboxesDrainedAsync();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(host.DataDirectory, database)};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(BrowserSession.Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(BrowserSession.Ct))!;
    }
}
