using System.Globalization;

namespace Modular.Soak;

/// <summary>What to orphans found on disk: fail the run, or only say so (while the sweeper is not there yet).</summary>
internal enum OrphanPolicy
{
    Fail,
    Warn,
}

/// <summary>
/// The command line: <c>&lt;published Host folder or Modular.Host.dll&gt; [cycles] [--seed=N]
/// [--orphans=warn|fail] --smtp-port=N --mail-web-port=N [--load=0.5-3] [--clients=2]
/// [--orphan-grace=5] [--drain-timeout=180] [--set Key=Value]… [--keep]</c>.
/// </summary>
internal sealed record SoakOptions(
    string HostDll,
    int Cycles,
    int Seed,
    OrphanPolicy Orphans,
    int SmtpPort,
    int MailWebPort,
    double LoadMinSeconds,
    double LoadMaxSeconds,
    int ClientsPerKind,
    TimeSpan OrphanGrace,
    TimeSpan DrainTimeout,
    IReadOnlyDictionary<string, string> HostSettings,
    bool KeepData)
{
    public const string Usage = """
        usage: Modular.Soak.Crash <published Host folder or Modular.Host.dll> [cycles (20)]
               --smtp-port=N --mail-web-port=N   maildev's SMTP and web ports (build/soak/crash.sh starts it)
               [--seed=N]                        replays a run's schedule (random when absent, always printed)
               [--orphans=fail|warn]             whether blobs no row references fail the run (fail)
               [--load=MIN-MAX]                  seconds of load before each kill, drawn in this range (0.5-3)
               [--clients=N]                     parallel clients of each kind (2)
               [--orphan-grace=S]                blobs younger than this are not counted as orphans (15; the Host sweeps those of 10)
               [--drain-timeout=S]               longest wait for the outboxes to drain at the end (180)
               [--set Key=Value]                 a Host setting, e.g. --set Modular:Vault:Something=1 (repeatable)
               [--keep]                          keep the data folder even when every check passed
        """;

    public static SoakOptions Parse(string[] args)
    {
        var positional = new List<string>();
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--keep")
            {
                keep = true;
            }
            else if (arg == "--set" && i + 1 < args.Length && args[i + 1].Split('=', 2) is [{ Length: > 0 } key, var value])
            {
                settings[key] = value;
                i++;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Split('=', 2) is [var name, var given])
            {
                named[name[2..]] = given;
            }
            else if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
            }
            else
            {
                throw new ArgumentException($"unknown option {arg}");
            }
        }

        if (positional.Count == 0)
        {
            throw new ArgumentException("the published Host is missing");
        }

        var host = positional[0];
        var dll = Directory.Exists(host) ? Path.Combine(host, "Modular.Host.dll") : host;
        if (!File.Exists(dll))
        {
            throw new ArgumentException($"no Modular.Host.dll at {host}");
        }

        var load = Named(named, "load", "0.5-3").Split('-', 2);
        var orphans = Named(named, "orphans", "fail") switch
        {
            "fail" => OrphanPolicy.Fail,
            "warn" => OrphanPolicy.Warn,
            var other => throw new ArgumentException($"--orphans is fail or warn, not {other}"),
        };
        var options = new SoakOptions(
            Path.GetFullPath(dll),
            positional.Count > 1 ? Int(positional[1]) : Int(Named(named, "cycles", "20")),
            named.TryGetValue("seed", out var seed) ? Int(seed) : Random.Shared.Next(1, int.MaxValue),
            orphans,
            Int(Named(named, "smtp-port", "0")),
            Int(Named(named, "mail-web-port", "0")),
            Double(load[0]),
            Double(load.Length > 1 ? load[1] : load[0]),
            Int(Named(named, "clients", "2")),
            TimeSpan.FromSeconds(Double(Named(named, "orphan-grace", "15"))),
            TimeSpan.FromSeconds(Double(Named(named, "drain-timeout", "180"))),
            settings,
            keep);
        if (options.SmtpPort <= 0 || options.MailWebPort <= 0)
        {
            throw new ArgumentException("--smtp-port and --mail-web-port name a running maildev");
        }

        if (options.Cycles < 1 || options.ClientsPerKind < 1 || options.LoadMinSeconds <= 0 || options.LoadMaxSeconds < options.LoadMinSeconds)
        {
            throw new ArgumentException("cycles and clients are at least 1, and the load is MIN-MAX seconds with 0 < MIN <= MAX");
        }

        return options;
    }

    private static string Named(Dictionary<string, string> named, string name, string fallback) =>
        named.TryGetValue(name, out var value) ? value : fallback;

    private static int Int(string value) => int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static double Double(string value) => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
}
