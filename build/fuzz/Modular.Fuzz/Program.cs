using System.Globalization;
using Modular.Fuzz;

// Modular.Fuzz <target>                  under afl-fuzz: reads the inputs SharpFuzz hands over
// Modular.Fuzz replay <target> <path>…   runs files (or every file of folders) through a target
// Modular.Fuzz seeds <target> <folder>   writes the target's starting corpus
// Modular.Fuzz list                      the targets' names
if (args is ["list"])
{
    foreach (var target in FuzzTargets.All)
    {
        Console.WriteLine($"{target.Name,-14} {target.Description}");
    }

    return 0;
}

if (args is ["seeds", var seedTarget, var folder] && FuzzTargets.Find(seedTarget) is { } seeded)
{
    Directory.CreateDirectory(folder);
    var written = 0;
    foreach (var (seedName, bytes) in seeded.Seeds())
    {
        File.WriteAllBytes(Path.Combine(folder, seedName), bytes);
        written++;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{seeded.Name}: {written} seed(s) in {folder}"));
    return 0;
}

if (args is ["replay", var replayTarget, .. var paths] && paths.Length > 0 && FuzzTargets.Find(replayTarget) is { } replayed)
{
    var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p])
        .Where(f => !Path.GetFileName(f).StartsWith('.') && !Path.GetFileName(f).Equals("README.txt", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList();
    var failures = 0;
    foreach (var file in files)
    {
        try
        {
            using var input = File.OpenRead(file);
            replayed.Run(input);
        }
        catch (Exception ex)
        {
            failures++;
            Console.Error.WriteLine($"{replayed.Name}: {file} fails: {ex}");
        }
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{replayed.Name}: {files.Count} input(s) replayed, {failures} failing"));
    return failures == 0 ? 0 : 1;
}

if (args is [var name] && FuzzTargets.Find(name) is { } fuzzed)
{
    SharpFuzz.Fuzzer.OutOfProcess.Run(fuzzed.Run);
    return 0;
}

Console.Error.WriteLine("usage: Modular.Fuzz <target> | replay <target> <file or folder>… | seeds <target> <folder> | list");
Console.Error.WriteLine("targets: " + string.Join(", ", FuzzTargets.All.Select(t => t.Name)));
return 2;
