using System.Diagnostics;
using System.Globalization;
using Modular.Soak;

// Crash soak: the published Host is killed with SIGKILL at random moments under parallel clients
// (uploads, share keys imported twice at once, download links redeemed twice at once, the emails
// they cause), started again on the same data folder, and at the end every acknowledged write is
// checked: still there, whole, used at most once, emailed exactly once; no orphan blob, no damaged
// database. See build/soak/README.md.
SoakOptions options;
try
{
    options = SoakOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(SoakOptions.Usage);
    return 2;
}

var clock = Stopwatch.StartNew();
var schedule = new Random(options.Seed);
var dataDirectory = Directory.CreateTempSubdirectory("modular-soak-").FullName;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    ==> Crash soak: {options.Cycles} cycles, seed {options.Seed} (replay the schedule with --seed={options.Seed}),
        {options.ClientsPerKind} clients of each kind, {options.LoadMinSeconds:0.##}-{options.LoadMaxSeconds:0.##} s of load before each kill, orphans: {options.Orphans.ToString().ToLowerInvariant()}
    """));

var ledger = new Ledger();
var readyAfterKill = new List<TimeSpan>();
var kills = 0;
var loadTime = TimeSpan.Zero;
// Where the time went: first start and set-up, cycles, the last tries, the drain, the checks.
var phases = new List<(string Name, TimeSpan Time)>();
var phase = Stopwatch.StartNew();
var host = new HostProcess(options, dataDirectory);
using var mailbox = new Mailbox(options.MailWebPort);
var databases = new Databases(dataDirectory);
var workload = new Workload(options, ledger, host.Address);
var checks = new Checks(options, ledger, workload, databases, mailbox, dataDirectory);
try
{
    var first = await host.StartAsync(TimeSpan.FromMinutes(3));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    Host at {host.Address} ready in {first.TotalSeconds:0.0} s (first start: migrations, demo accounts)"));
    await workload.SetUpAsync();
    phases.Add(("first start and set-up", phase.Elapsed));
    phase.Restart();
    for (var cycle = 1; cycle <= options.Cycles; cycle++)
    {
        var load = TimeSpan.FromSeconds(options.LoadMinSeconds + (schedule.NextDouble() * (options.LoadMaxSeconds - options.LoadMinSeconds)));
        await workload.RunCycleAsync(cycle, load, host);
        kills++;
        loadTime += load;
        var ready = await host.StartAsync(TimeSpan.FromMinutes(1));
        readyAfterKill.Add(ready);
        await workload.CheckTokensAsync();
        // What this cycle used, tried again on the restarted Host: it must refuse every one.
        var thisCycle = cycle;
        await workload.TryAgainAsync(ledger.Keys.Where(k => k.Cycle == thisCycle), ledger.Links.Where(l => l.Cycle == thisCycle));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    cycle {cycle,3}: killed after {load.TotalSeconds:0.00} s, ready again in {ready.TotalSeconds:0.00} s; acknowledged so far: {ledger.Uploads.Count} uploads, {ledger.Keys.Count} keys, {ledger.Links.Count(l => l.Id is not null)} links"));
    }

    phases.Add(("cycles", phase.Elapsed));
    phase.Restart();

    // Everything once more, then the messages of the last cycles are let through.
    await workload.TryAgainAsync(ledger.Keys, ledger.Links);
    phases.Add(("every key and link tried again", phase.Elapsed));
    phase.Restart();
    var (drainTime, drained, state) = await checks.DrainAsync();
    phases.Add(("drain", phase.Elapsed));
    phase.Restart();
    checks.Add("Host ready again after every kill", Outcome.Pass, string.Create(CultureInfo.InvariantCulture,
        $"{kills} kills, {host.Starts} starts; ready again in {readyAfterKill.Average(t => t.TotalSeconds):0.00} s on average, {readyAfterKill.Max(t => t.TotalSeconds):0.00} s at most, {host.StartCpu.Skip(1).Average(t => t.TotalSeconds):0.00} s of CPU each"));
    checks.Add("outboxes drained at the end", drained ? Outcome.Pass : Outcome.Fail,
        string.Create(CultureInfo.InvariantCulture, $"{drainTime.TotalSeconds:0.0} s (at most {options.DrainTimeout.TotalSeconds:0} s): {state}"));
    await checks.RunAsync();
    phases.Add(("checks", phase.Elapsed));
}
catch (HostStartException ex)
{
    checks.Add("Host ready again after every kill", Outcome.Fail, string.Create(CultureInfo.InvariantCulture, $"after {kills} kills: {ex.Message}"));
}

var errors = host.Errors;
checks.Add("Host logged no error", errors.Count == 0 ? Outcome.Pass : Outcome.Warn,
    string.Create(CultureInfo.InvariantCulture, $"{errors.Count} lines at error level or above") + string.Concat(errors.Take(8).Select(e => Environment.NewLine + "        " + e)));
host.Dispose();

Console.WriteLine();
Console.WriteLine("==> Crash soak summary");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"    {options.Cycles} cycles, {kills} kills (SIGKILL), {host.Starts} Host starts, tokens renewed {workload.TokensRenewed} times, seed {options.Seed}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {"requests",-14} {"sent",8} {"2xx",8} {"410",8} {"no answer",10}  other answers"));
foreach (var kind in new[] { "upload", "case file", "share key", "import", "import again", "link", "redeem", "redeem again" })
{
    var t = ledger.Of(kind);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {kind,-14} {t.Sent,8} {t.Acknowledged,8} {t.Refused,8} {t.Unanswered,10}  {t.UnexpectedText}"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"    time: {string.Join(", ", phases.Select(p => $"{p.Name} {p.Time.TotalSeconds:0.0} s"))}; load before the kills {loadTime.TotalSeconds:0.0} s, restarts {readyAfterKill.Sum(t => t.TotalSeconds):0.0} s"));
Console.WriteLine("    checks:");
foreach (var check in checks.Results)
{
    Console.WriteLine($"    {check.Outcome.ToString().ToUpperInvariant(),-4}  {check.Name}");
    Console.WriteLine($"          {check.Detail}");
}

var passed = checks.Results.All(c => c.Outcome != Outcome.Fail);
if (passed && !options.KeepData)
{
    Directory.Delete(dataDirectory, recursive: true);
}
else
{
    Console.WriteLine($"    data folder kept: {dataDirectory}");
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {(passed ? "passed" : "FAILED")} in {clock.Elapsed.TotalSeconds:0} s"));
return passed ? 0 : 1;
