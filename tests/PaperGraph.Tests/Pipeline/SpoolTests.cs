using System.Text.Json;
using PaperGraph.Extraction;
using PaperGraph.Ingest;
using PaperGraph.Pipeline;
using PaperGraph.Pipeline.Spool;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Pipeline;

public sealed class SpoolTests
{
    [Fact]
    public void SpoolRecord_OfARealExtraction_RoundTripsToTheSameJson()
    {
        var extractor = new RuleExtractor(Lexicon.Load([]));
        using var stream = File.OpenRead(Some.SampleInput);
        var paper = new CopiedPageReader().Read(stream, "seed", CancellationToken.None).Select(r => r.Paper).OfType<Paper>()
            .First(p => p.Title.StartsWith("RLP:", StringComparison.Ordinal));
        var extraction = extractor.Extract(paper);
        Assert.NotEmpty(extraction.Mentions);

        var json = SpoolRunWriter.Serialize(new SpoolRecord(41, extraction)).Json;
        var back = JsonSerializer.Deserialize(json, SpoolJson.Default.SpoolRecord);

        Assert.NotNull(back);
        Assert.Equal(41, back.Seq);
        Assert.Equal(paper.Abstract, back.Extraction.Paper.Abstract);
        Assert.Equal(extraction.Mentions.Count, back.Extraction.Mentions.Count);
        Assert.Equal(json, SpoolRunWriter.Serialize(back).Json);
    }

    [Fact]
    public void OrderedBatches_OnTwoThreads_GiveResultsInInputOrder()
    {
        var input = Enumerable.Range(0, 10_000);

        var output = OrderedBatches.Map(input, x => x * 2, batchSize: 7, maxInFlight: 4, CancellationToken.None).SelectMany(b => b);

        Assert.Equal(input.Select(x => x * 2), output);
    }
}
