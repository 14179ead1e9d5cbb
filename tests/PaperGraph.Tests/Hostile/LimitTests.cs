using System.Text.Json;
using PaperGraph.Cli;
using PaperGraph.Export;
using PaperGraph.Ingest;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Hostile;

/// <summary>Huge files stream, huge records are rejected with a reason, and floods of bad lines are all reported.</summary>
public sealed class LimitTests
{
    private const long EightGigabytes = 8L << 30;

    public static TheoryData<string, string, string> Formats => new()
    {
        { "jsonl", "", "{\"title\": \"T\", \"abstract\": \"We use GRPO. It works.\"}\n" },
        { "csv", "title,abstract\n", "T,\"We use GRPO.\nIt works.\"\n" },
        { "atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<entry><title>T</title><summary>We use GRPO.</summary></entry>\n" },
        { "text", "Get trending papers\n", "A title\nWe use GRPO on many benchmarks and it works well in every setting. We also study PPO across many more settings here.\n" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Reader_EightGigabyteInput_YieldsRecordsAfterReadingOnlyItsStart(string format, string head, string record)
    {
        var input = new EndlessInput(head, record, EightGigabytes);
        var reader = FormatDetector.ReaderFor(Enum.Parse<InputFormat>(format, ignoreCase: true));

        var first = reader.Read(input, "endless", CancellationToken.None).Take(1_000).ToList();

        Assert.Equal(1_000, first.Count(r => r.Paper is not null));
        Assert.InRange(input.BytesRead, 1, 4L << 20);
    }

    [Fact]
    public async Task Build_HundredThousandBadLines_FinishesAndReportsEveryOne()
    {
        var folder = Some.TempFolder();
        var input = Path.Combine(folder, "bad.jsonl");
        var kinds = new[] { "{broken", "{\"title\": \"no abstract\"}", "{\"title\": \"a\\u0000\", \"abstract\": \"x\"}", "[]" };
        await File.WriteAllLinesAsync(input, Enumerable.Range(0, 100_000).Select(i => kinds[i % kinds.Length])
            .Append("{\"title\": \"The one good paper\", \"abstract\": \"We use GRPO.\"}"));
        var outDir = Path.Combine(folder, "graph");

        var run = await CliRun.Of("build", input, "--out", outDir);

        Assert.Equal(ExitCodes.DoneWithRejects, run.ExitCode);
        Assert.Contains("papers: 1 read, 100000 rejected", run.Out);
        var rejected = await File.ReadAllLinesAsync(Path.Combine(outDir, "rejected.jsonl"));
        Assert.Equal(100_000, rejected.Length);
        var lines = rejected.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("line").GetInt64()).ToList();
        Assert.Equal(Enumerable.Range(1, 100_000).Select(i => (long)i), lines);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Build_TenMegabyteAbstract_IsRejectedWithAReasonAndTheRestIsBuilt()
    {
        var folder = Some.TempFolder();
        var huge = JsonSerializer.Serialize(new { title = "Huge", @abstract = new string('a', 10_000_000) });
        var input = Path.Combine(folder, "huge.jsonl");
        await File.WriteAllLinesAsync(input, [huge, "{\"title\": \"Small\", \"abstract\": \"We use GRPO.\"}"]);

        var run = await CliRun.Of("build", input, "--out", Path.Combine(folder, "graph"));

        Assert.Equal(ExitCodes.DoneWithRejects, run.ExitCode);
        Assert.Contains("papers: 1 read, 1 rejected", run.Out);
        using var rejection = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "graph", "rejected.jsonl")));
        Assert.StartsWith("line is 10,000,", rejection.RootElement.GetProperty("reason").GetString());
        Assert.Equal(huge.Length, rejection.RootElement.GetProperty("raw_length").GetInt64());
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void RejectsWriter_RawCutAndRawWithALoneSurrogate_WritesValidJsonLines()
    {
        var path = Path.Combine(Some.TempFolder(), "rejected.jsonl");
        var cut = ReadResult.Reject(new("a", 1), "too long", new string('r', 20_000)).Rejection;
        var lone = new Rejection(new("b", 2), "odd", "x\uD800y");
        Assert.NotNull(cut);

        RejectsWriter.Write([cut, lone], path);

        var lines = File.ReadAllLines(path).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(ReadResult.MaxRawLength, lines[0].GetProperty("raw").GetString()?.Length);
        Assert.Equal(20_000, lines[0].GetProperty("raw_length").GetInt64());
        Assert.False(lines[1].TryGetProperty("raw_length", out _));
        Assert.Equal("x\uFFFDy", lines[1].GetProperty("raw").GetString());
    }
}
