using Modular.Notifications.Application.Ports;
using Modular.SharedKernel.Domain;

namespace Modular.Notifications.Infrastructure;

/// <summary><c>Modular:Notifications</c> in configuration.</summary>
internal sealed class NotificationsOptions : INotificationSettings
{
    public const string SectionName = "Modular:Notifications";

    public SmtpOptions Smtp { get; set; } = new();

    public SmsOptions Sms { get; set; } = new();

    /// <summary>What one letter costs, VAT included (the seed's price).</summary>
    public decimal LetterCostEuros { get; set; } = 1.82m;

    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after a first failed attempt; it doubles at each further one.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 100;

    /// <summary>Delivery loops run side by side in each process; each keeps its own SMTP connection.</summary>
    public int Workers { get; set; } = 2;

    /// <summary><see cref="Workers"/>, at least one.</summary>
    public int DeliveryLoops => Math.Max(1, Workers);

    /// <summary>How long a worker's claim on a message lasts; a message still claimed after it (the worker died) is tried again.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>In Development with no SMTP host or SMS gateway, messages are written to folders here (default: data/mail-pickup, data/sms-pickup).</summary>
    public string? PickupDirectory { get; set; }

    public Money LetterCost => Money.Euros(LetterCostEuros);

    /// <summary>The most the files of one message may weigh together (default 25 MiB: what mail servers commonly take, once encoded, is a little more).</summary>
    public long MaxEnclosureBytes { get; set; } = 25L * 1024 * 1024;

    /// <summary>Where the files sent with messages are kept; default <c>notifications</c> in the blob directory.</summary>
    public string? BlobDirectory { get; set; }
}

internal sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>None, Auto, StartTls, StartTlsWhenAvailable or SslOnConnect (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "StartTls";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "Modular <no-reply@modular.invalid>";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a connection may wait for the next batch before it is closed rather than reused.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(1);
}

internal sealed class SmsOptions
{
    /// <summary>The gateway's endpoint; messages are POSTed there as JSON.</summary>
    public string? Url { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>Header carrying the key; "Authorization" sends "Bearer {key}".</summary>
    public string ApiKeyHeader { get; set; } = "Authorization";

    /// <summary>The JSON body, with {to}, {text} and {from} replaced by JSON-escaped values.</summary>
    public string BodyTemplate { get; set; } = """{"to":"{to}","text":"{text}","from":"{from}"}""";

    public string From { get; set; } = "Modular";
}
