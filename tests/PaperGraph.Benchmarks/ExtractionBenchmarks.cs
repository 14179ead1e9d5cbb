using BenchmarkDotNet.Attributes;
using PaperGraph.Extraction;
using PaperGraph.Ingest;
using PaperGraph.Pipeline;

namespace PaperGraph.Benchmarks;

/// <summary>
/// The rule extractor on the bundled sample page (119 real abstracts), one thread, steady state:
/// the cost per abstract that the build's extraction stage multiplies by the corpus size.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private const string SamplePath = "import/abstracts/rl-pretraining.txt";

    private RuleExtractor _extractor = null!;
    private Paper[] _papers = [];

    [GlobalSetup]
    public void LoadSample()
    {
        _extractor = new RuleExtractor(Lexicon.Load([]));
        var source = new PaperSource(new BuildOptions { Inputs = [FindSample()] }, CancellationToken.None);
        _papers = [.. source.Papers().Select(p => p.Paper)];
        if (_papers.Length != SamplePapers) throw new InvalidDataException($"expected {SamplePapers} papers in {SamplePath}, read {_papers.Length}");
    }

    /// <summary>
    /// The sample page three times over, reported per abstract (an iteration of one pass, about 35 ms,
    /// is shorter than BenchmarkDotNet's 100 ms minimum).
    /// </summary>
    [Benchmark(OperationsPerInvoke = Passes * SamplePapers)]
    public int ExtractOneAbstract()
    {
        var mentions = 0;
        for (var pass = 0; pass < Passes; pass++)
        {
            foreach (var paper in _papers) mentions += _extractor.Extract(paper).Mentions.Count;
        }
        return mentions;
    }

    private const int Passes = 3;
    private const int SamplePapers = 119;

    // BenchmarkDotNet runs the benchmark from its own build folder: look upwards for the repository's sample.
    private static string FindSample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, SamplePath);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"{SamplePath} not found above {AppContext.BaseDirectory}; run from a checkout of the repository");
    }
}
