using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Modular.Notifications.Infrastructure.Channels;

/// <summary>
/// SMS through an HTTP gateway: a JSON POST built from a configurable body. 2xx is delivered;
/// 408, 429 and 5xx (or no answer) are retried; other 4xx fail for good (the gateway refuses it).
/// </summary>
internal sealed class HttpGatewaySmsChannel(HttpClient http, IOptions<NotificationsOptions> options) : ISmsChannel
{
    public async Task<DeliveryOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var sms = options.Value.Sms;
        var body = sms.BodyTemplate
            .Replace("{to}", Escape(message.To), StringComparison.Ordinal)
            .Replace("{text}", Escape(message.TextBody.Trim()), StringComparison.Ordinal)
            .Replace("{from}", Escape(sms.From), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Post, sms.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (!string.IsNullOrEmpty(sms.ApiKey))
        {
            if (sms.ApiKeyHeader.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sms.ApiKey);
            }
            else
            {
                request.Headers.TryAddWithoutValidation(sms.ApiKeyHeader, sms.ApiKey);
            }
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return DeliveryOutcome.Success;
            }

            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            var error = $"Passerelle SMS : HTTP {status} {Truncate(detail)}";
            return status is 408 or 429 or >= 500 ? DeliveryOutcome.Retry(error) : DeliveryOutcome.GiveUp(error);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return DeliveryOutcome.Retry($"Passerelle SMS injoignable : {ex.Message}");
        }
    }

    private static string Escape(string value) => JsonEncodedText.Encode(value).ToString();

    private static string Truncate(string text) => text.Length > 300 ? text[..300] : text;
}

/// <summary>Development without a gateway: each SMS becomes a text file in a pickup folder.</summary>
internal sealed class PickupFolderSmsChannel(string directory) : ISmsChannel
{
    public async Task<DeliveryOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, $"{message.Id:N}.txt"), $"To: {message.To}\n\n{message.TextBody.Trim()}\n", cancellationToken);
        return DeliveryOutcome.Success;
    }
}

/// <summary>Outside Development, with no gateway configured: an SMS cannot be sent, and says so.</summary>
internal sealed class UnconfiguredSmsChannel : ISmsChannel
{
    public Task<DeliveryOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(DeliveryOutcome.GiveUp("Aucune passerelle SMS n'est configurée (Modular:Notifications:Sms:Url)."));
}

/// <summary>Outside Development, with no SMTP server configured.</summary>
internal sealed class UnconfiguredEmailChannel : IEmailChannel
{
    public Task<IReadOnlyList<DeliveryOutcome>> SendAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DeliveryOutcome>>([.. messages.Select(_ => DeliveryOutcome.GiveUp("Aucun serveur SMTP n'est configuré (Modular:Notifications:Smtp:Host)."))]);
}
