using PaperGraph.Export.Explorer;
using PaperGraph.Graph;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Explorer;

public sealed class OverviewLayoutTests
{
    private static KnowledgeGraph Sample() =>
        PaperGraph.Pipeline.BuildPipeline.Create([], TimeProvider.System)
            .BuildGraph(new PaperGraph.Pipeline.BuildOptions { Inputs = [Some.SampleInput] });

    [Fact]
    public void Compute_SameGraphTwice_SamePositions()
    {
        var graph = Sample();

        Assert.Equal(OverviewLayout.Compute(graph), OverviewLayout.Compute(graph));
    }

    [Fact]
    public void Compute_Sample_GivesEveryNodeItsOwnFinitePlace()
    {
        var graph = Sample();

        var positions = OverviewLayout.Compute(graph);

        Assert.Equal(graph.Nodes.Count, positions.Length);
        Assert.All(positions, p => Assert.True(double.IsFinite(p.X) && double.IsFinite(p.Y)));
        Assert.Equal(positions.Length, positions.Distinct().Count());
    }

    [Fact]
    public void Compute_Sample_DrawsLinkedNodesCloserThanNodesAtLarge()
    {
        var graph = Sample();
        var positions = OverviewLayout.Compute(graph);
        var at = graph.Nodes.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => positions[p.i]);
        static double Distance((double X, double Y) a, (double X, double Y) b) => Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2));

        var linked = graph.Edges.Average(e => Distance(at[e.Source], at[e.Target]));
        var all = positions.SelectMany((p, i) => positions.Skip(i + 1).Select(q => Distance(p, q))).Average();

        Assert.True(linked < all / 2, $"mean edge length {linked:F0} vs mean distance {all:F0}");
    }

    [Fact]
    public void Compute_AHubWithThousandsOfLeaves_GivesEachLeafItsOwnFinitePlaceNearTheHub()
    {
        // Attraction pulls 3,000 leaves around one hub into a few grid cells: the crowded-cell path.
        var hub = new GraphNode { Id = "benchmark:hub", Label = NodeLabel.Benchmark, Name = "Hub" };
        var leaves = Enumerable.Range(0, 3000).Select(i => new GraphNode { Id = $"paper:{i:D4}", Label = NodeLabel.Paper, Name = $"P{i}" }).ToArray();
        var edges = leaves.Select(l => new GraphEdge { Source = l.Id, Target = hub.Id, Type = RelationType.EvaluatesOn }).ToArray();
        var graph = KnowledgeGraph.Create([hub, .. leaves], edges);

        var positions = OverviewLayout.Compute(graph);

        Assert.All(positions, p => Assert.True(double.IsFinite(p.X) && double.IsFinite(p.Y)));
        Assert.Equal(positions.Length, positions.Distinct().Count());
        var at = graph.Nodes.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => positions[p.i]);
        var spread = leaves.Max(l => Math.Abs(at[l.Id].X - at[hub.Id].X));
        Assert.True(spread < 60 * 3000, $"leaves spread {spread:F0} units from the hub");
    }
}
