using System.Security.Claims;
using System.Text.RegularExpressions;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.SharedKernel.Results;
using Modular.Tests.Shared;
using Modular.Vault.Contracts;

namespace Modular.IntegrationTests.Vault;

/// <summary>An invitation as the invited person receives it: the link (from the email) and the code (given by phone).</summary>
internal sealed record ReceivedInvitation(string Path, string Code, Guid PersonId, Guid InvitationId);

/// <summary>
/// The agent's side of an invitation, sent through the module as the agent's pages would: the
/// requests run as the demo agent of « Cabinet Démo », whose account is read from identity.db.
/// </summary>
internal static partial class InvitationAgent
{
    public const string Agent = "agent1@demo.test";

    /// <summary>Sends <paramref name="request"/> as <paramref name="agentEmail"/>; fails the test when the module refuses.</summary>
    public static async Task<T> SendAsync<T>(ModularHostFactory host, IRequest<Result<T>> request, string agentEmail = Agent) =>
        ((Result<T>)await SendAsAgentAsync(host, async mediator => await mediator.Send(request, BrowserSession.Ct), agentEmail)).Value;

    /// <summary>Sends a command that returns no value as <paramref name="agentEmail"/>; fails the test when the module refuses.</summary>
    public static Task SendAsync(ModularHostFactory host, IRequest<Result> request, string agentEmail = Agent) =>
        SendAsAgentAsync(host, mediator => mediator.Send(request, BrowserSession.Ct), agentEmail);

    private static async Task<Result> SendAsAgentAsync(ModularHostFactory host, Func<IMediator, Task<Result>> send, string agentEmail)
    {
        // The Host starts (and prepares its databases) on first use of its services.
        await using var scope = host.Services.CreateAsyncScope();
        var (userId, organisationId) = await AccountAsync(host, agentEmail);
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext
        {
            RequestServices = scope.ServiceProvider,
            User = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim("sub", userId), new Claim("org_id", organisationId), new Claim("role", VaultScopes.AgentRole), new Claim("name", "Agent")],
                authenticationType: "test")),
        };
        try
        {
            var result = await send(scope.ServiceProvider.GetRequiredService<IMediator>());
            Assert.True(result.IsSuccess, result.Error?.Message);
            return result;
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    /// <summary>A person with an email and no mobile, invited: the link goes by email, the agent gives the code.</summary>
    public static async Task<ReceivedInvitation> InviteAsync(ModularHostFactory host, string lastName, string email, string agentEmail = Agent)
    {
        var personId = await SendAsync(host, new CreatePersonCommand(new PersonInput(lastName, "Alain", Email: email)), agentEmail);
        var sent = await SendAsync(host, new InvitePersonCommand(personId, null, FolderAccessLevel.Read, null, "fr-FR"), agentEmail);
        Assert.Equal(InvitationCodeChannel.Phone, sent.CodeChannel);
        var body = await EmailBodyAsync(host, sent.InvitationId);
        var path = InvitationPath().Match(body);
        Assert.True(path.Success, $"no invitation link in: {body}");
        return new ReceivedInvitation(path.Value, sent.CodeToGive!, personId, sent.InvitationId);
    }

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}@example.fr";

    private static async Task<string> EmailBodyAsync(ModularHostFactory host, Guid invitationId)
    {
        await host.OutboxesDrainedAsync();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(host.DataDirectory, "notifications.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(BrowserSession.Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT TextBody FROM messages WHERE TemplateKey = 'vault.invitation' AND upper(AggregateId) = $id";
        command.Parameters.AddWithValue("$id", invitationId.ToString().ToUpperInvariant());
        return (string)(await command.ExecuteScalarAsync(BrowserSession.Ct))!;
    }

    private static async Task<(string UserId, string OrganisationId)> AccountAsync(ModularHostFactory host, string email)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(host.DataDirectory, "identity.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(BrowserSession.Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, OrganisationId FROM AspNetUsers WHERE NormalizedEmail = $email";
        command.Parameters.AddWithValue("$email", email.ToUpperInvariant());
        await using var reader = await command.ExecuteReaderAsync(BrowserSession.Ct);
        Assert.True(await reader.ReadAsync(BrowserSession.Ct), $"no account {email}");
        return (reader.GetString(0).ToLowerInvariant(), reader.GetString(1).ToLowerInvariant());
    }

    [GeneratedRegex("/invitation/[A-Za-z0-9_-]{20,}")]
    private static partial Regex InvitationPath();
}
