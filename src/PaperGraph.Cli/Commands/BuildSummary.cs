using System.Globalization;
using PaperGraph.Graph;
using PaperGraph.Pipeline;

namespace PaperGraph.Cli.Commands;

/// <summary>The few lines <c>build</c> prints when it is done.</summary>
internal static class BuildSummary
{
    public static void Write(TextWriter output, BuildResult result, string outDir)
    {
        var inv = CultureInfo.InvariantCulture;
        var graph = result.Graph;
        output.WriteLine(string.Create(inv,
            $"papers: {result.PapersRead} read, {result.Rejections.Count} rejected, {result.DuplicatePapers} duplicates merged"));
        output.WriteLine("nodes:  " + string.Join(", ", graph.NodeCounts().Select(kv => $"{kv.Key} {kv.Value}")) + $" (total {graph.Nodes.Count})");
        output.WriteLine("edges:  " + string.Join(", ", graph.EdgeCounts().Select(kv => $"{kv.Key.CypherName()} {kv.Value}")) + $" (total {graph.Edges.Count})");
        if (result.Rejections.Count > 0)
            output.WriteLine($"rejected records are in {Path.Combine(outDir, "rejected.jsonl")} (file, line, reason)");
        output.WriteLine(string.Create(inv, $"wrote {outDir} in {result.Elapsed.TotalSeconds:0.00} s"));
    }
}
