using System.Globalization;
using PaperGraph.Export;
using PaperGraph.Graph;
using PaperGraph.Pipeline;

namespace PaperGraph.Cli.Commands;

/// <summary>The few lines <c>build</c> prints when it is done.</summary>
internal static class BuildSummary
{
    public static void Write(TextWriter output, BuildResult result, string outDir)
    {
        var inv = CultureInfo.InvariantCulture;
        var counts = result.Counts;
        output.WriteLine(string.Create(inv,
            $"papers: {result.PapersRead} read, {result.Rejections.Count} rejected, {result.DuplicatePapers} duplicates merged"));
        if (result.FilteredOut > 0 || result.OtherShards > 0)
            output.WriteLine(string.Create(inv, $"skipped: {result.FilteredOut} outside --category, {result.OtherShards} in other shards"));
        WriteCounts(output, counts);
        if (result.Rejections.Count > 0)
            output.WriteLine($"rejected records are in {Path.Combine(outDir, "rejected.jsonl")} (file, line, reason)");
        var stages = result.Stages;
        output.WriteLine(string.Create(inv,
            $"wrote {outDir} in {result.Elapsed.TotalSeconds:0.00} s (extract {stages.Extract.TotalSeconds:0.00} s, resolve {stages.Resolve.TotalSeconds:0.00} s, write {stages.Write.TotalSeconds:0.00} s), peak memory {PeakMemory.Describe(PeakMemory.Bytes())}, cpu {PeakMemory.CpuSeconds():0.0} s"));
    }

    public static void WriteCounts(TextWriter output, GraphCounts counts)
    {
        output.WriteLine("nodes:  " + string.Join(", ", counts.Nodes.Select(kv => $"{kv.Key} {kv.Value}")) + $" (total {counts.NodeTotal})");
        output.WriteLine("edges:  " + string.Join(", ", counts.Edges.Select(kv => $"{kv.Key.CypherName()} {kv.Value}")) + $" (total {counts.EdgeTotal})");
    }
}
