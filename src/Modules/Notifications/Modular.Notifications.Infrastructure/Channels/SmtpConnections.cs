using System.Collections.Concurrent;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Modular.Notifications.Infrastructure.Channels;

/// <summary>
/// The SMTP connections kept open between batches: a delivery worker takes one, sends its batch over
/// it and gives it back, so a connection (TCP, greeting, EHLO, STARTTLS, AUTH) is made once per
/// worker, not once per batch. A connection idle longer than <see cref="SmtpOptions.IdleTimeout"/>
/// is closed rather than reused; one still fresh is checked with NOOP before its next batch, so a
/// connection the server dropped meanwhile is replaced before any message is written to it.
/// </summary>
internal sealed class SmtpConnections(IOptions<NotificationsOptions> options, TimeProvider time) : IAsyncDisposable
{
    private readonly ConcurrentStack<(SmtpClient Client, DateTimeOffset IdleSince)> _idle = new();

    /// <summary>A connected, authenticated client: an idle one that still answers, or a new one.</summary>
    public async Task<SmtpClient> TakeAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        while (_idle.TryPop(out var idle))
        {
            if (idle.Client.IsConnected && time.GetUtcNow() - idle.IdleSince < smtp.IdleTimeout && await AnswersAsync(idle.Client, cancellationToken))
            {
                return idle.Client;
            }

            await CloseAsync(idle.Client);
        }

        var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host!, smtp.Port, Enum.Parse<SecureSocketOptions>(smtp.Security, ignoreCase: true), cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Gives back a client after a batch: kept for the next one while it is connected and fewer are
    /// idle than there are delivery loops (one more can only be left over), closed otherwise.
    /// </summary>
    public async Task GiveBackAsync(SmtpClient client)
    {
        if (client.IsConnected && _idle.Count < options.Value.DeliveryLoops)
        {
            _idle.Push((client, time.GetUtcNow()));
            return;
        }

        await CloseAsync(client);
    }

    public async ValueTask DisposeAsync()
    {
        while (_idle.TryPop(out var idle))
        {
            await CloseAsync(idle.Client);
        }
    }

    private static async Task<bool> AnswersAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        try
        {
            await client.NoOpAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is IOException or SocketException or SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException or TimeoutException)
        {
            return false;
        }
    }

    /// <summary>QUIT and close; a server that is gone already changes nothing.</summary>
    private static async Task CloseAsync(SmtpClient client)
    {
        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException or TimeoutException)
        {
            // Nothing is pending on a connection given back: a lost QUIT loses nothing.
        }
        finally
        {
            client.Dispose();
        }
    }
}
