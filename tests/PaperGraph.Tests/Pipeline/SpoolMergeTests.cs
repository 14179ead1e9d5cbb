using PaperGraph.Extraction;
using PaperGraph.Ingest;
using PaperGraph.Pipeline.Spool;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Pipeline;

public sealed class SpoolMergeTests
{
    [Fact]
    public void Read_RunsLongerThanOneBufferAndALastLineWithoutNewline_GivesEveryRecordInIdOrder()
    {
        var dir = Some.TempFolder();
        // Abstracts of 40,000 characters: each line is longer than the reader's first buffer.
        var first = RunFile(dir, "run-1.jsonl", [Record(1, "paper:a", 40_000), Record(3, "paper:c", 10)], endWithNewline: true);
        var second = RunFile(dir, "run-2.jsonl", [Record(2, "paper:b", 40_000)], endWithNewline: false);

        var read = SpoolMerge.Read([first, second], () => { }, CancellationToken.None).ToList();

        Assert.Equal(["paper:a", "paper:b", "paper:c"], read.Select(r => r.PaperId));
        Assert.Equal(40_000, read[1].Extraction.Paper.Abstract.Length);
    }

    [Fact]
    public void Read_ABrokenLine_FailsNamingTheRunAndLine()
    {
        var dir = Some.TempFolder();
        var run = Path.Combine(dir, "run-1.jsonl");
        File.WriteAllBytes(run, [.. SpoolRunWriter.Serialize(Record(1, "paper:a", 10)).Json, (byte)'\n', .. "{not json\n"u8]);

        var error = Assert.Throws<InvalidDataException>(() => SpoolMerge.Read([run], () => { }, CancellationToken.None).ToList());

        Assert.Contains($"{run}:2:", error.Message);
    }

    private static SpoolRecord Record(long seq, string id, int abstractLength) => new(seq, new PaperExtraction
    {
        Paper = new Paper { Id = id, Title = "T " + id, Abstract = new string('x', abstractLength), Source = new SourceLocation("in.jsonl", seq) },
        Mentions = [],
        Relations = [],
    });

    private static string RunFile(string dir, string name, SpoolRecord[] records, bool endWithNewline)
    {
        var path = Path.Combine(dir, name);
        var lines = records.Select(r => SpoolRunWriter.Serialize(r).Json).ToArray();
        using var file = File.Create(path);
        for (var i = 0; i < lines.Length; i++)
        {
            file.Write(lines[i]);
            if (i < lines.Length - 1 || endWithNewline) file.WriteByte((byte)'\n');
        }
        return path;
    }
}
