using PaperGraph.Graph;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.EndToEnd;

public sealed class BuildSampleTests
{
    [Fact]
    public async Task Build_OnSample_ProposesRlpFromItsPaper()
    {
        var outDir = Path.Combine(Some.TempFolder(), "graph");

        var run = await CliRun.Of("build", Some.SampleInput, "--out", outDir);

        Assert.Equal(0, run.ExitCode);
        var graph = GraphJson.ReadFile(Path.Combine(outDir, "graph.json"));
        var paper = Assert.Single(graph.Nodes, n => n.Title == "RLP: Reinforcement as a Pretraining Objective");
        var rlp = Assert.Single(graph.Nodes, n => n.Label == NodeLabel.Method && n.Name == "RLP");
        Assert.Contains(graph.Edges, e => e.Source == paper.Id && e.Target == rlp.Id && e.Type == RelationType.Proposes);
    }

    [Fact]
    public async Task Build_OnSample_RlptIsEvaluatedOnMmluPro()
    {
        var outDir = Path.Combine(Some.TempFolder(), "graph");

        var run = await CliRun.Of("build", Some.SampleInput, "--out", outDir);

        Assert.Equal(0, run.ExitCode);
        var graph = GraphJson.ReadFile(Path.Combine(outDir, "graph.json"));
        var rlpt = Assert.Single(graph.Nodes, n => n.Label == NodeLabel.Method && n.Name == "RLPT");
        var mmluPro = Assert.Single(graph.Nodes, n => n.Label == NodeLabel.Benchmark && n.Name == "MMLU-Pro");
        var edge = Assert.Single(graph.Edges, e => e.Source == rlpt.Id && e.Target == mmluPro.Id && e.Type == RelationType.EvaluatedOn);
        Assert.NotEmpty(edge.Evidence);
    }

    [Fact]
    public async Task Build_MissingInput_ExitsWithUsageErrorNamingTheFile()
    {
        var run = await CliRun.Of("build", "/no/such/file.txt", "--out", Some.TempFolder());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/no/such/file.txt", run.Error);
    }
}
