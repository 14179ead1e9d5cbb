using System.Diagnostics;
using System.Text.Json;
using PaperGraph.Extraction;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// The bench's floor: <c>grep -o -F -f NAMES FILE</c>, the cost of merely finding known names in the
/// text. Its output is read and counted, not sent to /dev/null, which GNU grep notices and stops early.
/// </summary>
internal sealed class GrepFloor
{
    private readonly string? _names;

    private GrepFloor(string? names, string note)
    {
        _names = names;
        Note = note;
    }

    /// <summary>What the floor's patterns are, or why there is no floor.</summary>
    public string Note { get; }

    public static GrepFloor Prepare(string? goldFile, string workDir)
    {
        if (!OnPath("grep")) return new GrepFloor(null, "grep floor: skipped, grep is not on the PATH");
        var gold = goldFile ?? Path.Combine("..", "shared", "data", "dev.gold.jsonl");
        var names = Path.Combine(workDir, "names.txt");
        if (File.Exists(gold))
        {
            File.WriteAllLines(names, GoldNames(gold));
            return new GrepFloor(names, $"grep floor: grep -o -F -f NAMES, NAMES = the entity names and aliases of {gold}");
        }
        var lexicon = Lexicon.Load([]).Entries.SelectMany(e => e.Aliases.Prepend(e.Name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        File.WriteAllLines(names, lexicon);
        return new GrepFloor(names, $"grep floor: grep -o -F -f NAMES, NAMES = the shipped lexicons' names ({gold} not found)");
    }

    /// <summary>Seconds grep took over <paramref name="file"/>, or null when there is no floor.</summary>
    public double? Run(string file, CancellationToken cancel)
    {
        if (_names is null) return null;
        var start = new ProcessStartInfo("grep") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-o", "-F", "-f", _names, file }) start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var grep = Process.Start(start) ?? throw new InvalidOperationException("could not start grep");
        var buffer = new char[1 << 16];
        while (grep.StandardOutput.Read(buffer, 0, buffer.Length) > 0) cancel.ThrowIfCancellationRequested();
        grep.WaitForExit();
        return clock.Elapsed.TotalSeconds;
    }

    private static IEnumerable<string> GoldNames(string gold)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(gold).Where(l => l.Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            foreach (var entity in doc.RootElement.GetProperty("entities").EnumerateArray())
            {
                names.Add(entity.GetProperty("name").GetString() ?? "");
                foreach (var alias in entity.GetProperty("aliases").EnumerateArray()) names.Add(alias.GetString() ?? "");
            }
        }
        names.Remove("");
        return names;
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, tool)));
}
