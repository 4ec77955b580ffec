// The DSN reader's throughput on a generated envoi (default 100,000 individuals, about 50 MB),
// against its ceiling measured in the same run: reading the same file line by line with a
// StreamReader in Latin-1 (what any reader must at least do). Each is run once unmeasured, then
// alternately, 5 times each; medians. Also: bytes allocated per reading, and the process's peak
// resident memory (VmHWM) after all runs. See build/bench/README.md.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Modular.Bench;
using Modular.Portfolio.Domain.Dsn;

var individuals = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var path = Path.Combine(Path.GetTempPath(), $"modular-bench-dsn-{individuals}.dsn");
try
{
    var watch = Stopwatch.StartNew();
    var (lines, declarations) = DsnGenerator.Write(path, individuals);
    var bytes = new FileInfo(path).Length;
    Console.WriteLine($"==> DSN: {individuals:N0} individuals in {declarations:N0} declarations, {lines:N0} lines, {bytes / 1024.0 / 1024.0:N1} MiB, written in {watch.Elapsed.TotalSeconds:N1} s");
    Console.WriteLine($"    process peak before reading (VmHWM): {PeakMiB():N0} MiB");

    var read = await ReadAsync(path);
    if (!read.IsValid || read.Envoi!.Declarations.Count != declarations || read.Envoi.Declarations.Sum(d => d.Individuals) != individuals || read.Envoi.RubricLines != lines)
    {
        Console.Error.WriteLine($"The reader did not read the generated envoi as written: {string.Join(" | ", read.Problems.Take(5).Select(p => p.Message))}");
        return 1;
    }

    await LinesAsync(path);
    var (reader, baseline, allocated) = (new List<double>(), new List<double>(), new List<long>());
    for (var i = 0; i < runs; i++)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        watch.Restart();
        await ReadAsync(path);
        reader.Add(watch.Elapsed.TotalSeconds);
        allocated.Add(GC.GetTotalAllocatedBytes(precise: true) - before);
        watch.Restart();
        await LinesAsync(path);
        baseline.Add(watch.Elapsed.TotalSeconds);
    }

    var mib = bytes / 1024.0 / 1024.0;
    var (r, b) = (Median(reader), Median(baseline));
    Console.WriteLine();
    Console.WriteLine($"    DsnReader.ReadAsync:          {mib / r,8:N1} MiB/s   ({r * 1000:N0} ms, {individuals / r:N0} individuals/s)");
    Console.WriteLine($"    StreamReader line by line:    {mib / b,8:N1} MiB/s   ({b * 1000:N0} ms)");
    Console.WriteLine($"    ratio reader / line by line:  {b / r,8:N3}");
    Console.WriteLine($"    allocated per reading:        {Median(allocated.Select(a => (double)a)) / 1024.0 / 1024.0,8:N1} MiB");
    Console.WriteLine($"    process peak after all runs:  {PeakMiB(),8:N0} MiB (VmHWM)");
    BenchGoals.Header();
    BenchGoals.AtLeast(string.Create(CultureInfo.InvariantCulture, $"DSN reader throughput / line by line, {mib:N0} MiB file"), b / r, 0.3);
    BenchGoals.AtMost("DSN reader, allocated per reading (MiB)", Median(allocated.Select(a => (double)a)) / 1024.0 / 1024.0, 16, "0.0");
    return 0;
}
finally
{
    File.Delete(path);
}

static async Task<DsnReading> ReadAsync(string path)
{
    await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
    return await DsnReader.ReadAsync(file, CancellationToken.None);
}

static async Task<long> LinesAsync(string path)
{
    await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
    using var text = new StreamReader(file, Encoding.Latin1, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024);
    long characters = 0;
    while (await text.ReadLineAsync() is { } line)
    {
        characters += line.Length;
    }

    return characters;
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted[sorted.Length / 2];
}

static double PeakMiB()
{
    var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
    return line is null ? double.NaN : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
}
