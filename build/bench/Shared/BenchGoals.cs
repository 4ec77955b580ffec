using System.Globalization;

namespace Modular.Bench;

/// <summary>
/// A bench's figures against their goals: each is printed as « figure, value, goal, met » and, when
/// <c>BENCH_RESULTS</c> names a file, appended to it as one tab-separated line, which
/// <c>build/bench/all.sh</c> gathers into one table.
/// </summary>
internal static class BenchGoals
{
    public static void Header() =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n  {"figure",-56} {"value",10} {"goal",10}  met"));

    public static bool AtMost(string figure, double value, double goal, string format = "0.###") => Row(figure, value, "<=", goal, value <= goal, format);

    public static bool AtLeast(string figure, double value, double goal, string format = "0.###") => Row(figure, value, ">=", goal, value >= goal, format);

    private static bool Row(string figure, double value, string op, double goal, bool met, string format)
    {
        var shown = value.ToString(format, CultureInfo.InvariantCulture);
        var wanted = op + " " + goal.ToString(format, CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {figure,-56} {shown,10} {wanted,10}  {(met ? "yes" : "no")}"));
        if (Environment.GetEnvironmentVariable("BENCH_RESULTS") is { Length: > 0 } results)
        {
            File.AppendAllText(results, $"{figure}\t{shown}\t{wanted}\t{(met ? "yes" : "no")}\n");
        }

        return met;
    }
}
