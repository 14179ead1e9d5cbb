using PaperGraph.Graph;
using PaperGraph.Pipeline;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Pipeline;

public sealed class EdgeSpillTests
{
    [Fact]
    public void SortedEdges_FromManyRuns_EqualTheEdgesOfOneAggregatorInGraphOrder()
    {
        // 60 papers over 5 edges, shuffled: with room for 2 edges the spill writes a run every few
        // papers, so each edge's papers and sentences are split across many runs.
        var random = new Random(7);
        var edges = new[]
        {
            ("method:b", RelationType.UsesReward, "reward:r"),
            ("method:a", RelationType.UsesReward, "reward:r"),
            ("model:m", RelationType.TrainedWith, "method:a"),
            ("method:a", RelationType.EvaluatedOn, "benchmark:x"),
            ("method:a", RelationType.EvaluatedOn, "benchmark:w"),
        };
        var facts = Enumerable.Range(0, 60).SelectMany(p => edges.Where(_ => random.Next(3) > 0).Select(e => (Edge: e, Paper: $"paper:{p:D3}", Sentence: $"sentence {random.Next(40):D2}")))
            .OrderBy(_ => random.Next()).ToArray();
        var folder = Path.Combine(Some.TempFolder(), "runs");
        var aggregator = new EdgeAggregator();
        using var spill = new EdgeSpill(folder, maxEdges: 2);

        foreach (var ((source, type, target), paper, sentence) in facts)
        {
            aggregator.Add(source, type, target, paper, sentence);
            spill.Add(source, type, target, paper, sentence);
        }
        var spilled = spill.SortedEdges().ToList();

        Assert.True(Directory.GetFiles(folder).Length > 10, "the spill should have written many runs");
        var expected = aggregator.Edges().OrderBy(e => e.Type).ThenBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(Describe), spilled.Select(Describe));
        Assert.Contains(spilled, e => e.Evidence.Count == EdgeAggregator.MaxEvidence);
    }

    [Fact]
    public void Dispose_RemovesTheRunsAndTheirFolder()
    {
        var folder = Path.Combine(Some.TempFolder(), "runs");
        var spill = new EdgeSpill(folder, maxEdges: 1);
        spill.Add("method:a", RelationType.UsesReward, "reward:r", "paper:1", "s");
        spill.Add("method:b", RelationType.UsesReward, "reward:r", "paper:2", "s");
        Assert.Equal(2, spill.SortedEdges().Count());

        spill.Dispose();

        Assert.False(Directory.Exists(folder));
    }

    private static string Describe(GraphEdge e) =>
        $"{e.Source} {e.Type} {e.Target} papers=[{string.Join(",", e.Papers)}] evidence=[{string.Join(",", e.Evidence)}]";
}
