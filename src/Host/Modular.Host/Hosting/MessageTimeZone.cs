using Modular.SharedKernel.Infrastructure.Modules;
using Modular.SharedKernel.Text;

namespace Modular.Host.Hosting;

/// <summary><c>Modular:TimeZone</c> (an IANA name, Europe/Paris by default): the zone of every time we write to people.</summary>
internal static class MessageTimeZone
{
    public const string ConfigurationKey = "Modular:TimeZone";
    public const string Default = "Europe/Paris";

    public static DisplayTime FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var id = configuration[ConfigurationKey] is { Length: > 0 } configured ? configured.Trim() : Default;
        try
        {
            return new DisplayTime(TimeZoneInfo.FindSystemTimeZoneById(id));
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new StartupException($"{ConfigurationKey} '{id}' is not a time zone this machine knows (use an IANA name such as Europe/Paris).", ex);
        }
    }
}
