using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// <c>papergraph bench [--abstracts N] [--runs K]</c>: makes N synthetic abstracts, builds them K
/// times, each in a child process so each run's peak memory is its own, and runs the
/// <c>grep -o -F -f NAMES</c> floor over the same file beside each build. Prints a Markdown table.
/// </summary>
internal sealed class BenchCommand(CliConsole console) : ICliCommand
{
    public Command Create()
    {
        var abstracts = new Option<int>("--abstracts") { Description = "Synthetic abstracts to build.", DefaultValueFactory = _ => 200_000 };
        var runs = new Option<int>("--runs") { Description = "Builds to run; the table gives each and the median.", DefaultValueFactory = _ => 3 };
        var source = new Option<string>("--source")
        {
            Description = "Abstracts the synthetic ones are drawn from.",
            DefaultValueFactory = _ => Path.Combine("import", "abstracts", "rl-pretraining.txt"),
        };
        var names = new Option<string?>("--names")
        {
            Description = "Gold JSON Lines whose entity names and aliases are the grep floor's patterns. Default: ../shared/data/dev.gold.jsonl, else the shipped lexicons.",
        };
        var work = new Option<string?>("--work") { Description = "Folder for the corpus and outputs (default: a temporary folder, deleted after)." };
        var command = new Command("bench", "Measure build throughput and peak memory on synthetic abstracts, against a grep floor.")
        {
            abstracts, runs, source, names, work,
        };
        command.SetAction((parse, cancel) => Task.FromResult(Run(
            parse.GetValue(abstracts), parse.GetValue(runs), parse.GetValue(source) ?? "", parse.GetValue(names), parse.GetValue(work), cancel)));
        return command;
    }

    private int Run(int abstracts, int runs, string source, string? namesFile, string? workDir, CancellationToken cancel)
    {
        if (abstracts < 1 || runs < 1)
        {
            console.Error.WriteLine("papergraph: --abstracts and --runs must be at least 1");
            return ExitCodes.UsageOrInput;
        }
        if (!File.Exists(source))
        {
            console.Error.WriteLine($"papergraph: bench source not found: {source} (run from the repository root or give --source)");
            return ExitCodes.UsageOrInput;
        }
        var dir = workDir ?? Path.Combine(Path.GetTempPath(), $"papergraph-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        try
        {
            var corpus = Path.Combine(dir, "corpus.jsonl");
            SyntheticCorpus.From(source).Write(corpus, abstracts);
            var floor = GrepFloor.Prepare(namesFile, dir);
            var inv = CultureInfo.InvariantCulture;
            var output = console.Out;
            output.WriteLine(string.Create(inv,
                $"bench: {abstracts:N0} synthetic abstracts ({new FileInfo(corpus).Length / 1048576.0:0.0} MiB JSON Lines), {runs} runs, {Environment.ProcessorCount} cores"));
            output.WriteLine(floor.Note);
            output.WriteLine();
            output.WriteLine("| run | build s | extract / resolve / write s | abstracts/s | cpu s | peak RSS MiB | grep floor s | floor abstracts/s |");
            output.WriteLine("|---|---|---|---|---|---|---|---|");
            var results = new List<(ChildBuild.Outcome Build, double? Floor)>();
            for (var run = 1; run <= runs; run++)
            {
                cancel.ThrowIfCancellationRequested();
                var build = ChildBuild.Run(corpus, Path.Combine(dir, "out"), cancel);
                if (build.ExitCode > ExitCodes.DoneWithRejects)
                {
                    console.Error.WriteLine($"papergraph: bench build exited with {build.ExitCode}: {build.Error}");
                    return build.ExitCode;
                }
                var floorSeconds = floor.Run(corpus, cancel);
                results.Add((build, floorSeconds));
                output.WriteLine(Row(run.ToString(inv), abstracts, build.Seconds, Stages(build.Stages), build.CpuSeconds, build.PeakMiB, floorSeconds));
            }
            var median = Median(results.Select(r => r.Build.Seconds));
            var floorMedian = results.All(r => r.Floor is not null) ? Median(results.Select(r => r.Floor ?? 0)) : (double?)null;
            var stages = (Median(results.Select(r => r.Build.Stages.Extract)), Median(results.Select(r => r.Build.Stages.Resolve)), Median(results.Select(r => r.Build.Stages.Write)));
            output.WriteLine(Row("median", abstracts, median, Stages(stages), Median(results.Select(r => r.Build.CpuSeconds)), results.Max(r => r.Build.PeakMiB), floorMedian));
            output.WriteLine();
            output.WriteLine(floorMedian is { } f
                ? string.Create(inv, $"build / grep floor (medians): {median / f:0.0}x; peak RSS is the largest of the runs")
                : "build / grep floor: not measured (see the note above)");
            return ExitCodes.Success;
        }
        finally
        {
            if (workDir is null) Directory.Delete(dir, recursive: true);
        }
    }

    private static string Stages((double Extract, double Resolve, double Write) s) =>
        string.Create(CultureInfo.InvariantCulture, $"{s.Extract:0.0} / {s.Resolve:0.0} / {s.Write:0.0}");

    private static string Row(string run, int abstracts, double seconds, string stages, double cpu, double peakMiB, double? floor) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {run} | {seconds:0.00} | {stages} | {abstracts / seconds:N0} | {cpu:0.0} | {peakMiB:0} | {(floor is { } f ? f.ToString("0.00", CultureInfo.InvariantCulture) : "-")} | {(floor is { } g ? (abstracts / g).ToString("N0", CultureInfo.InvariantCulture) : "-")} |");

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
