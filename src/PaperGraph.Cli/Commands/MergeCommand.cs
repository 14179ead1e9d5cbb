using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Logging;
using PaperGraph.Pipeline;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// <c>papergraph merge DIR... --out DIR</c>: the output folders of <c>build --shard i/N</c> in, one
/// graph out, with entities resolved across all shards: the same graph one whole build would make.
/// </summary>
internal sealed class MergeCommand(CliConsole console, ILogger<MergeCommand> logger, TimeProvider time) : ICliCommand
{
    public Command Create()
    {
        var shards = new Argument<string[]>("shards")
        {
            Description = "The output folders of 'papergraph build --shard i/N', one per shard, all N of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o") { Description = "Output folder for the merged graph.json, bundle and rejected.jsonl.", Required = true };
        var command = new Command("merge", "Combine the bundles of a sharded build into one, resolving entities across shards.") { shards, output };
        command.SetAction((parse, cancel) => Task.FromResult(Run(parse.GetValue(shards) ?? [], parse.GetValue(output) ?? "", cancel)));
        return command;
    }

    private int Run(string[] shardDirs, string outDir, CancellationToken cancel)
    {
        foreach (var dir in shardDirs.Where(d => !Directory.Exists(d)))
        {
            console.Error.WriteLine($"papergraph: shard folder not found: {dir}");
            return ExitCodes.UsageOrInput;
        }
        var started = time.GetTimestamp();
        MergeResult? result = null;
        try
        {
            var progress = new ProgressDisplay(console, logger, time);
            OutputFolder.WriteAtomically(outDir, dir =>
            {
                result = progress.Track(report => ShardMerge.Run(shardDirs, dir, Environment.ProcessorCount, report, cancel));
            }, cancel);
        }
        catch (InvalidDataException ex)
        {
            console.Error.WriteLine($"papergraph: {ex.Message}");
            return ExitCodes.UsageOrInput;
        }
        if (result is null) return ExitCodes.Interrupted;

        var inv = CultureInfo.InvariantCulture;
        console.Out.WriteLine(string.Create(inv,
            $"papers: {result.Papers} from {shardDirs.Length} shards, {result.Rejected} rejected by the shards, {result.DuplicatePapers} duplicates merged"));
        BuildSummary.WriteCounts(console.Out, result.Counts);
        console.Out.WriteLine(string.Create(inv,
            $"wrote {outDir} in {time.GetElapsedTime(started).TotalSeconds:0.00} s, peak memory {PeakMemory.Describe(PeakMemory.Bytes())}"));
        return result.Rejected > 0 ? ExitCodes.DoneWithRejects : ExitCodes.Success;
    }
}
