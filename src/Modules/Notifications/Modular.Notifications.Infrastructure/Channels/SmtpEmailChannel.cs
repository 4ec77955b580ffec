using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using Modular.Notifications.Application.Ports;

namespace Modular.Notifications.Infrastructure.Channels;

/// <summary>
/// Email over SMTP with MailKit, over a connection kept open between batches
/// (<see cref="SmtpConnections"/>). A server that cannot be reached or
/// answers with a temporary error leaves the messages for a later attempt; a recipient the
/// server refuses for good (5xx) fails that message only.
/// </summary>
internal sealed class SmtpEmailChannel(IOptions<NotificationsOptions> options, SmtpConnections connections, IEnclosureStore enclosures) : IEmailChannel
{
    public async Task<IReadOnlyList<DeliveryOutcome>> SendAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        var outcomes = new List<DeliveryOutcome>(messages.Count);
        SmtpClient client;
        try
        {
            client = await connections.TakeAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is SocketException or IOException or SmtpCommandException or SmtpProtocolException or SslHandshakeException or AuthenticationException or TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var outcome = ex is AuthenticationException
                ? DeliveryOutcome.Retry($"SMTP {smtp.Host}:{smtp.Port} refuse l'authentification : {ex.Message}")
                : DeliveryOutcome.Retry($"SMTP {smtp.Host}:{smtp.Port} injoignable : {ex.Message}");
            return [.. messages.Select(_ => outcome)];
        }

        try
        {
            foreach (var message in messages)
            {
                if (!client.IsConnected)
                {
                    outcomes.Add(DeliveryOutcome.Retry("La connexion SMTP a été perdue."));
                    continue;
                }

                try
                {
                    await using var mail = await ComposedMail.ComposeAsync(message, smtp.From, enclosures, cancellationToken);
                    if (mail.MissingEnclosure is { } missing)
                    {
                        outcomes.Add(DeliveryOutcome.GiveUp(ComposedMail.Missing(missing)));
                        continue;
                    }

                    await client.SendAsync(mail.Message, cancellationToken);
                    outcomes.Add(DeliveryOutcome.Success);
                }
                catch (SmtpCommandException ex) when ((int)ex.StatusCode >= 500)
                {
                    outcomes.Add(DeliveryOutcome.GiveUp($"Refusé par le serveur SMTP ({(int)ex.StatusCode}) : {ex.Message}"));
                }
                catch (Exception ex) when (ex is SmtpCommandException or SmtpProtocolException or IOException or SocketException or ServiceNotConnectedException)
                {
                    outcomes.Add(DeliveryOutcome.Retry($"Envoi SMTP interrompu : {ex.Message}"));
                }
            }
        }
        finally
        {
            await connections.GiveBackAsync(client);
        }

        return outcomes;
    }
}

/// <summary>Development without an SMTP server: each email becomes an .eml file in a pickup folder.</summary>
internal sealed class PickupFolderEmailChannel(string directory, string from, IEnclosureStore enclosures) : IEmailChannel
{
    public async Task<IReadOnlyList<DeliveryOutcome>> SendAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var outcomes = new List<DeliveryOutcome>(messages.Count);
        foreach (var message in messages)
        {
            await using var mail = await ComposedMail.ComposeAsync(message, from, enclosures, cancellationToken);
            if (mail.MissingEnclosure is { } missing)
            {
                outcomes.Add(DeliveryOutcome.GiveUp(ComposedMail.Missing(missing)));
                continue;
            }

            var path = Path.Combine(directory, $"{message.Id:N}.eml");
            await using var file = File.Create(path + ".tmp");
            await mail.Message.WriteToAsync(file, cancellationToken);
            await file.FlushAsync(cancellationToken);
            file.Close();
            File.Move(path + ".tmp", path, overwrite: true);
            outcomes.Add(DeliveryOutcome.Success);
        }

        return outcomes;
    }
}
