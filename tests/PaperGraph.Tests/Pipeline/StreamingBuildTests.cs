using PaperGraph.Export;
using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Ingest;
using PaperGraph.Pipeline;
using PaperGraph.Resolution;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Pipeline;

public sealed class StreamingBuildTests
{
    [Fact]
    public void StreamingBuild_OnSeed_WritesTheSameBytesAsTheInMemoryWriters()
    {
        var streamed = Some.TempFolder();
        var inMemory = Some.TempFolder();

        BuildPipeline.Create([]).Run(new BuildOptions { Inputs = [Some.SampleInput] }, streamed);
        var graph = InMemoryGraph(Some.SampleInput);
        GraphJson.WriteFile(graph, Path.Combine(inMemory, "graph.json"));
        ImportBundleWriter.Write(graph, inMemory);

        Assert.True(graph.Nodes.Count > 200, "the seed should make a real graph");
        OutputFolders.AssertSameFiles(inMemory, streamed);
    }

    [Fact]
    public void StreamingWriter_OnePaperPerBatch_ReusesItsRowsAndWritesTheSameBytesAsTheInMemoryWriters()
    {
        var graph = InMemoryGraph(Some.SampleInput);
        var inMemory = Some.TempFolder();
        GraphJson.WriteFile(graph, Path.Combine(inMemory, "graph.json"));
        ImportBundleWriter.Write(graph, inMemory);
        var streamed = Some.TempFolder();

        // One paper per batch: every batch is rendered into the rows the writer took back from the
        // one before, which held other link types and labels, so nothing may carry over.
        var links = graph.Edges.Where(e => e.Type.IsPaperLink()).ToLookup(e => e.Source);
        using (var writer = new StreamingGraphWriter(streamed, graph.Nodes.Where(n => n.Label != NodeLabel.Paper)))
        {
            foreach (var paper in graph.Nodes.Where(n => n.Label == NodeLabel.Paper))
            {
                writer.Write(writer.Render([(paper, links[paper.Id])]));
            }
            writer.Complete(graph.Edges.Where(e => !e.Type.IsPaperLink()));
        }

        Assert.True(links.Count > 100, "the seed should give many batches");
        OutputFolders.AssertSameFiles(inMemory, streamed);
    }

    [Fact]
    public void StreamingBuild_WithManySpoolRunsAndOneThread_WritesTheSameBytesAsWithOneRun()
    {
        var oneRun = Some.TempFolder();
        var manyRuns = Some.TempFolder();

        BuildPipeline.Create([]).Run(new BuildOptions { Inputs = [Some.SampleInput] }, oneRun);
        BuildPipeline.Create([]).Run(new BuildOptions { Inputs = [Some.SampleInput], SpoolRunBytes = 20_000, Parallelism = 1 }, manyRuns);

        OutputFolders.AssertSameFiles(oneRun, manyRuns);
    }

    [Fact]
    public void StreamingBuild_WithEntityEdgesSpilledToManyRuns_WritesTheSameBytesAsInMemory()
    {
        var inMemory = Some.TempFolder();
        var spilled = Some.TempFolder();

        BuildPipeline.Create([]).Run(new BuildOptions { Inputs = [Some.SampleInput] }, inMemory);
        BuildPipeline.Create([]).Run(new BuildOptions { Inputs = [Some.SampleInput], EdgesInMemory = 7 }, spilled);

        OutputFolders.AssertSameFiles(inMemory, spilled);
        Assert.Empty(Directory.GetDirectories(spilled));
    }

    [Fact]
    public void StreamingBuild_SamePaperTwice_KeepsTheFirstAndCountsTheDuplicate()
    {
        var input = Some.TempFile("twice.jsonl",
            """
            {"id": "2501.00009", "title": "First Title", "abstract": "We train a policy with GRPO on GSM8K and report strong gains over PPO."}
            {"id": "2501.00010", "title": "Other Paper", "abstract": "We study DPO on MMLU and compare it with a range of strong baselines."}
            {"id": "2501.00009", "title": "Second Title", "abstract": "We train a policy with GRPO on GSM8K and report strong gains over PPO."}
            """);
        var outDir = Some.TempFolder();

        var result = BuildPipeline.Create([]).Run(new BuildOptions { Inputs = [input] }, outDir);

        Assert.Equal(1, result.DuplicatePapers);
        Assert.Equal(2, result.Counts.Nodes[NodeLabel.Paper]);
        var paper = Assert.Single(GraphJson.ReadFile(Path.Combine(outDir, "graph.json")).Nodes, n => n.Id == "paper:2501.00009");
        Assert.Equal("First Title", paper.Title);
        Assert.False(Directory.Exists(Path.Combine(outDir, BuildPipeline.SpoolFolder)), "a whole build leaves no spool behind");
    }

    internal static KnowledgeGraph InMemoryGraph(string input)
    {
        var extractor = new RuleExtractor(Lexicon.Load([]));
        var assembler = new GraphAssembler();
        using var stream = File.OpenRead(input);
        foreach (var result in FormatDetector.ReaderFor(FormatDetector.Detect(input)).Read(stream, input, CancellationToken.None))
        {
            if (result.Paper is { } paper) assembler.Add(extractor.Extract(paper));
        }
        return assembler.Build();
    }
}
