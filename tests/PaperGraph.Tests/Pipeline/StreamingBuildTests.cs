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
    public void Build_WhenExtractionFailsOnOnePaper_RejectsThatPaperWithTheFaultAndBuildsTheRest()
    {
        var dir = Some.TempFolder();
        var input = Path.Combine(dir, "papers.jsonl");
        File.WriteAllLines(input,
        [
            """{"id": "2401.00001", "title": "GRPO for Math", "abstract": "We train Qwen2.5-7B with GRPO on MATH."}""",
            """{"id": "2401.00002", "title": "Boom", "abstract": "A rule fails on this paper."}""",
            """{"id": "2401.00003", "title": "PPO for Robots", "abstract": "We train a policy with PPO on Meta-World."}""",
        ]);
        var pipeline = new BuildPipeline(new FailingOn("Boom", new RuleExtractor(Lexicon.Load([]))), TimeProvider.System);

        var result = pipeline.Run(new BuildOptions { Inputs = [input] }, Path.Combine(dir, "out"));

        var rejection = Assert.Single(result.Rejections);
        Assert.Equal(new SourceLocation(input, 2), rejection.Source);
        Assert.Contains("extraction failed", rejection.Reason);
        Assert.Contains("rule fault for the test", rejection.Reason);
        Assert.Contains("A rule fails on this paper.", rejection.Raw);
        var graph = GraphJson.ReadFile(Path.Combine(dir, "out", "graph.json"));
        Assert.Equal(["paper:2401.00001", "paper:2401.00003"], graph.Nodes.Where(n => n.Label == NodeLabel.Paper).Select(n => n.Id).Order().ToArray());
    }

    [Fact]
    public void Build_WhenExtractionFailsUnderStrict_StopsNamingTheRecord()
    {
        var dir = Some.TempFolder();
        var input = Path.Combine(dir, "papers.jsonl");
        File.WriteAllLines(input, ["""{"id": "2401.00002", "title": "Boom", "abstract": "A rule fails on this paper."}"""]);
        var pipeline = new BuildPipeline(new FailingOn("Boom", new RuleExtractor(Lexicon.Load([]))), TimeProvider.System);

        var error = Assert.Throws<InputRejectedException>(() => pipeline.Run(new BuildOptions { Inputs = [input], Strict = true }, Path.Combine(dir, "out")));

        Assert.StartsWith($"{input}:1: extraction failed", error.Message);
    }

    /// <summary>An extractor with a fault: it throws on the paper titled <paramref name="title"/>.</summary>
    private sealed class FailingOn(string title, IPaperExtractor inner) : IPaperExtractor
    {
        public PaperExtraction Extract(Paper paper) =>
            paper.Title == title ? throw new InvalidOperationException("rule fault for the test") : inner.Extract(paper);
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
