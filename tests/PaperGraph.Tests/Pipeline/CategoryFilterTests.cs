using PaperGraph.Graph;
using PaperGraph.Ingest;
using PaperGraph.Pipeline;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Pipeline;

public sealed class CategoryFilterTests
{
    private static string Snapshot => Path.Combine(Some.RepoRoot, "tests", "PaperGraph.Tests", "Pipeline", "arxiv-snapshot.jsonl");

    [Fact]
    public void Build_SnapshotWithCategories_KeepsOnlyThoseAndCountsTheRest()
    {
        var outDir = Some.TempFolder();

        var result = BuildPipeline.Create([]).Run(
            new BuildOptions { Inputs = [Snapshot], Categories = new CategoryFilter(["cs.LG,cs.CL"]) }, outDir);

        var papers = GraphJson.ReadFile(Path.Combine(outDir, "graph.json")).Nodes.Where(n => n.Label == NodeLabel.Paper).Select(n => n.Id);
        Assert.Equal(["paper:2501.00001", "paper:2501.00002", "paper:2501.00004"], papers);
        Assert.Equal(3, result.FilteredOut);
        Assert.Empty(result.Rejections);
    }

    [Fact]
    public async Task BuildCommand_WithArchiveCategory_PrintsHowManyWereSkipped()
    {
        var outDir = Path.Combine(Some.TempFolder(), "graph");

        var run = await CliRun.Of("build", Snapshot, "--category", "math", "--out", outDir);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("papers: 1 read", run.Out);
        Assert.Contains("skipped: 5 outside --category", run.Out);
    }

    [Theory]
    [InlineData("cs.LG", "cs.LG", true)]
    [InlineData("cs.lg", "cs.LG", true)]
    [InlineData("cs", "cs.LG", true)]
    [InlineData("cs", "csx.LG", false)]
    [InlineData("cs.L", "cs.LG", false)]
    [InlineData("stat.ML", "cs.LG", false)]
    public void Filter_MatchesCategoryOrWholeArchive(string wanted, string category, bool kept)
    {
        var filter = new CategoryFilter([wanted]);
        var paper = new Paper { Id = "paper:x", Title = "T", Abstract = "A", Categories = [category], Source = new SourceLocation("f", 1) };

        Assert.Equal(kept, filter.Keeps(paper));
    }
}
