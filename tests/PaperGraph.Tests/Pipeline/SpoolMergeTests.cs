using PaperGraph.Extraction;
using PaperGraph.Ingest;
using PaperGraph.Pipeline.Spool;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Pipeline;

public sealed class SpoolMergeTests
{
    [Fact]
    public void Read_RecordsLongerThanOneBuffer_GivesEveryRecordInIdOrder()
    {
        var dir = Some.TempFolder();
        // Abstracts of 100,000 characters: each record is longer than the reader's first buffer.
        var first = RunFile(dir, "run-1.spool", [Record(1, "paper:a", 100_000), Record(3, "paper:c", 10)]);
        var second = RunFile(dir, "run-2.spool", [Record(2, "paper:b", 100_000)]);

        var read = SpoolMerge.Read([first, second], () => { }, CancellationToken.None).ToList();

        Assert.Equal(["paper:a", "paper:b", "paper:c"], read.Select(r => r.PaperId));
        Assert.Equal(100_000, read[1].Extraction.Paper.Abstract.Length);
    }

    [Fact]
    public void Read_ACorruptRecord_FailsNamingTheRunAndRecord()
    {
        var dir = Some.TempFolder();
        var good = SpoolRunWriter.Serialize(Record(1, "paper:a", 10)).Frame;
        var run = RunFile(dir, "run-1.spool", [Record(1, "paper:a", 10)]);
        // A second frame whose payload is the first one's, cut short by a byte.
        File.AppendAllBytes(run, [.. BitConverter.GetBytes(good.Length - 5), .. good.AsSpan(4, good.Length - 5)]);

        var error = Assert.Throws<InvalidDataException>(() => SpoolMerge.Read([run], () => { }, CancellationToken.None).ToList());

        Assert.Contains($"{run}: record 2:", error.Message);
    }

    [Fact]
    public void Read_ARunCutInsideARecord_FailsNamingTheRunAndRecord()
    {
        var dir = Some.TempFolder();
        var run = RunFile(dir, "run-1.spool", [Record(1, "paper:a", 10), Record(2, "paper:b", 10)]);
        File.WriteAllBytes(run, File.ReadAllBytes(run)[..^3]);

        var error = Assert.Throws<InvalidDataException>(() => SpoolMerge.Read([run], () => { }, CancellationToken.None).ToList());

        Assert.Contains($"{run}: record 2: the file ends inside it", error.Message);
    }

    private static SpoolRecord Record(long seq, string id, int abstractLength) => new(seq, new PaperExtraction
    {
        Paper = new Paper { Id = id, Title = "T " + id, Abstract = new string('x', abstractLength), Source = new SourceLocation("in.jsonl", seq) },
        Mentions = [],
        Relations = [],
    });

    private static string RunFile(string dir, string name, SpoolRecord[] records)
    {
        var path = Path.Combine(dir, name);
        using var file = File.Create(path);
        foreach (var record in records) file.Write(SpoolRunWriter.Serialize(record).Frame);
        return path;
    }
}
