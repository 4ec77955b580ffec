namespace Modular.EndToEndTests.Infrastructure;

/// <summary>Where screenshots go: $E2E_ARTIFACTS when set (CI collects it), else TestResults/screenshots beside the tests.</summary>
internal static class Artifacts
{
    public static string Directory { get; } =
        Environment.GetEnvironmentVariable("E2E_ARTIFACTS") is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public static string NewPath(string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var safe = string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
        return Path.Combine(Directory, $"{safe}-{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}.png");
    }
}
