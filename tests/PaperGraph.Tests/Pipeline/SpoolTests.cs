using System.Text.Json;
using System.Text.Json.Nodes;
using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Ingest;
using PaperGraph.Pipeline;
using PaperGraph.Pipeline.Spool;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Pipeline;

public sealed class SpoolTests
{
    [Fact]
    public void SpoolRecord_OfARealExtraction_RoundTripsToAnEqualRecord()
    {
        var extractor = new RuleExtractor(Lexicon.Load([]));
        using var stream = File.OpenRead(Some.SampleInput);
        var paper = new CopiedPageReader().Read(stream, "seed", CancellationToken.None).Select(r => r.Paper).OfType<Paper>()
            .First(p => p.Title.StartsWith("RLP:", StringComparison.Ordinal));
        var extraction = extractor.Extract(paper);
        Assert.NotEmpty(extraction.Mentions);
        Assert.NotEmpty(extraction.Relations);

        var back = RoundTrip(new SpoolRecord(41, extraction));

        Assert.Equal(41, back.Seq);
        Assert.Equal(AsJson(extraction), AsJson(back.Extraction));
    }

    [Fact]
    public void SpoolRecord_WithEveryFieldSet_RoundTripsToAnEqualRecord()
    {
        // Every property of the spooled types holds a value different from its default, so a
        // property the codec forgets reads back as its default and the JSON differs.
        var sentence = "Qwen3 trained with GRPO beats \u00e9 on MATH.";
        var extraction = new PaperExtraction
        {
            Paper = new Paper
            {
                Id = "paper:2501.00001", Title = "T\u00e9", Abstract = sentence, Url = "https://arxiv.org/abs/2501.00001", Year = 2025,
                Authors = ["A. One", "B. Two"], Categories = ["cs.LG"], Source = new SourceLocation("in.jsonl", 7),
            },
            Mentions =
            [
                new Mention
                {
                    Label = NodeLabel.Method, Name = "GRPO", Aliases = ["Group Relative Policy Optimization"], LongForm = "Group Relative Policy Optimization",
                    Role = RelationType.Mentions, Evidence = new Evidence("paper:2501.00001", sentence, 19, 4) { InTitle = true },
                },
                new Mention { Label = NodeLabel.Model, Name = "Qwen3", Role = RelationType.Mentions, Evidence = new Evidence("paper:2501.00001", sentence, 0, 5) },
            ],
            Relations = [new RelationMention(new(NodeLabel.Model, "Qwen3"), RelationType.TrainedWith, new(NodeLabel.Method, "GRPO"), new Evidence("paper:other", "another sentence", 3, 2) { InTitle = true })],
            Candidates = [new Candidate("MATH", new Evidence("paper:2501.00001", sentence, 40, 4) { InTitle = true })],
        };

        AssertNoDefaults(JsonNode.Parse(AsJson(extraction)), "extraction");

        var back = RoundTrip(new SpoolRecord(long.MaxValue, extraction));

        Assert.Equal(long.MaxValue, back.Seq);
        Assert.Equal(AsJson(extraction), AsJson(back.Extraction));
        var names = SpoolCodec.DecodeNames(SpoolCodec.Encode(new SpoolRecord(3, extraction)).AsSpan(4));
        Assert.Equal((3L, "paper:2501.00001"), (names.Seq, names.PaperId));
        Assert.Equal(["GRPO", "Qwen3"], names.Mentions.Select(m => m.Name));
        Assert.Equal("Group Relative Policy Optimization", names.Mentions[0].LongForm);
    }

    [Fact]
    public void SpoolRecord_CutShort_IsRejectedAsInvalidData()
    {
        var frame = SpoolCodec.Encode(new SpoolRecord(1, new PaperExtraction
        {
            Paper = new Paper { Id = "paper:a", Title = "T", Abstract = "A", Source = new SourceLocation("in.jsonl", 1) },
            Mentions = [],
            Relations = [],
        }));

        Assert.Throws<InvalidDataException>(() => SpoolCodec.Decode(frame.AsSpan(4, frame.Length - 5)));
    }

    [Fact]
    public void SpoolRecords_EncodedOneAfterAnotherOnOneThread_EachFrameHoldsOnlyItsOwnRecord()
    {
        // The encoder reuses a buffer per thread: a short record after a long one must not carry the long one's tail.
        static SpoolRecord Record(long seq, string text) => new(seq, new PaperExtraction
        {
            Paper = new Paper { Id = $"paper:{seq}", Title = text, Abstract = text, Source = new SourceLocation("in.jsonl", seq) },
            Mentions = [],
            Relations = [],
        });
        var longFrame = SpoolCodec.Encode(Record(1, new string('x', 50_000)));
        var shortFrame = SpoolCodec.Encode(Record(2, "short"));

        Assert.True(shortFrame.Length < 100, $"frame of {shortFrame.Length} bytes");
        Assert.Equal("short", SpoolCodec.Decode(shortFrame.AsSpan(4)).Extraction.Paper.Abstract);
        Assert.Equal(50_000, SpoolCodec.Decode(longFrame.AsSpan(4)).Extraction.Paper.Abstract.Length);
    }

    private static SpoolRecord RoundTrip(SpoolRecord record)
    {
        var frame = SpoolCodec.Encode(record);
        Assert.Equal(frame.Length - 4, BitConverter.ToInt32(frame, 0));
        return SpoolCodec.Decode(frame.AsSpan(4));
    }

    // The record above must set every property (of each list's first element) to a value other than
    // its default: a property added to these types later then fails here until the test sets it, and
    // then fails the round trip until the codec writes it.
    private static void AssertNoDefaults(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj) AssertNoDefaults(value, path + "." + name);
                break;
            case JsonArray array:
                Assert.True(array.Count > 0, $"{path} is empty");
                AssertNoDefaults(array[0], path + "[0]");
                break;
            case JsonValue value:
                var text = value.ToJsonString();
                Assert.False(text is "false" or "0" or "\"\"", $"{path} holds its default ({text})");
                break;
            default:
                Assert.Fail($"{path} is null");
                break;
        }
    }

    // Reflection-based JSON of every public property: a field-by-field comparison of records whose lists compare by reference.
    private static string AsJson(PaperExtraction extraction) => JsonSerializer.Serialize(extraction);

    [Fact]
    public void OrderedBatches_OnTwoThreads_GiveResultsInInputOrder()
    {
        var input = Enumerable.Range(0, 10_000);

        var output = OrderedBatches.Map(input, x => x * 2, batchSize: 7, maxInFlight: 4, CancellationToken.None).SelectMany(b => b);

        Assert.Equal(input.Select(x => x * 2), output);
    }
}
