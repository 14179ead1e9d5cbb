using PaperGraph.Cli.Commands;
using PaperGraph.Ingest;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Pipeline;

public sealed class SyntheticCorpusTests
{
    [Fact]
    public void Corpus_SameSeedTwice_GivesTheSameFileOfReadablePapersWithDistinctIds()
    {
        var corpus = SyntheticCorpus.From(Some.SampleInput);
        var first = Path.Combine(Some.TempFolder(), "a.jsonl");
        var second = Path.Combine(Some.TempFolder(), "b.jsonl");

        corpus.Write(first, 300);
        corpus.Write(second, 300);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        using var stream = File.OpenRead(first);
        var results = new JsonLinesReader().Read(stream, first, CancellationToken.None).ToList();
        Assert.Equal(300, results.Count);
        Assert.All(results, r => Assert.NotNull(r.Paper));
        Assert.Equal(300, results.Select(r => r.Paper?.Id).Distinct().Count());
    }
}
