using System.Text;
using PaperGraph.Ingest;
using static PaperGraph.Tests.Ingest.ReaderInput;

namespace PaperGraph.Tests.Ingest;

public sealed class JsonLinesReaderTests
{
    private static readonly JsonLinesReader Reader = new();

    [Fact]
    public void Reader_BrokenJsonLine_RejectsItWithLineAndReadsOn()
    {
        var results = Read(Reader, JsonRecord("A") + "\n{\"title\": \"B\", \n" + JsonRecord("C") + "\n");

        Assert.Equal(["A", "C"], results.Select(r => r.Paper?.Title).OfType<string>());
        var rejection = SingleRejection(results);
        Assert.Equal(2, rejection.Source.Line);
        Assert.StartsWith("broken JSON", rejection.Reason);
    }

    [Theory]
    [InlineData("{\"abstract\": \"x\"}", "missing title")]
    [InlineData("{\"title\": \"x\"}", "missing abstract")]
    [InlineData("{\"title\": \"  \", \"abstract\": \"x\"}", "missing title")]
    [InlineData("{\"title\": {\"a\": 1}, \"abstract\": \"x\"}", "title is not a string (a JSON Object)")]
    [InlineData("[1, 2]", "not a JSON object (a Array)")]
    [InlineData("{\"title\": \"a\\ud800\", \"abstract\": \"x\"}", "a string holds an unpaired surrogate escape (\\uD800-\\uDFFF), which UTF-8 cannot carry")]
    [InlineData("{\"title\\udc00\": \"a\", \"abstract\": \"x\"}", "a string holds an unpaired surrogate escape (\\uD800-\\uDFFF), which UTF-8 cannot carry")]
    [InlineData("{\"title\": \"a\\u0000b\", \"abstract\": \"x\"}", "title holds a NUL character")]
    public void Reader_BadRecord_IsRejectedWithItsReason(string line, string reason)
    {
        var results = Read(Reader, line + "\n" + JsonRecord("Next"));

        Assert.Equal(reason, SingleRejection(results).Reason);
        Assert.Equal("Next", results[1].Paper?.Title);
    }

    [Fact]
    public void Reader_InvalidUtf8Bytes_RejectsOnlyThatLine()
    {
        var bytes = Encoding.UTF8.GetBytes(JsonRecord("A") + "\n{\"title\": \"b").Concat(new byte[] { 0xC3, 0x28, 0xFF })
            .Concat(Encoding.UTF8.GetBytes("\", \"abstract\": \"x\"}\n" + JsonRecord("C"))).ToArray();

        var results = Read(Reader, bytes);

        Assert.Equal("title is not valid UTF-8 (holds U+FFFD)", SingleRejection(results).Reason);
        Assert.Equal(["A", "C"], results.Select(r => r.Paper?.Title).OfType<string>());
    }

    [Fact]
    public void Reader_FieldOverTheLimit_IsRejectedNotTruncated()
    {
        var results = Read(Reader, JsonRecord("A", new string('a', PaperFactory.MaxFieldLength + 1)));

        var rejection = SingleRejection(results);
        Assert.Equal("abstract is 100,001 characters, over the limit of 100,000", rejection.Reason);
        Assert.Equal(ReadResult.MaxRawLength, rejection.Raw.Length);
        Assert.True(rejection.RawLength > PaperFactory.MaxFieldLength);
    }

    [Fact]
    public void Reader_TenMegabyteLine_IsRejectedWithoutBeingKeptAndTheNextLineIsRead()
    {
        var huge = JsonRecord("Huge", new string('a', 10_000_000));

        var results = Read(Reader, huge + "\r\n" + JsonRecord("After"));

        var rejection = SingleRejection(results);
        Assert.StartsWith("line is 10,000,", rejection.Reason);
        Assert.Contains("over the limit of 1,048,576", rejection.Reason);
        Assert.Equal(huge.Length, rejection.RawLength);
        Assert.True(rejection.Raw.Length <= 1_000);
        Assert.Equal("After", results[1].Paper?.Title);
        Assert.Equal(2, results[1].Paper?.Source.Line);
    }

    [Fact]
    public void Reader_ByteOrderMarkAndEveryLineEnd_ReadsEveryRecordAtItsLine()
    {
        var text = "\uFEFF" + JsonRecord("A") + "\r" + JsonRecord("B") + "\r\n\r\n" + JsonRecord("C") + "\n";

        var results = Read(Reader, text);

        Assert.Equal(["A", "B", "C"], results.Select(r => r.Paper?.Title));
        Assert.Equal([1L, 2, 4], results.Select(r => r.Paper?.Source.Line ?? 0));
    }

    [Fact]
    public void Reader_ArxivSnapshotRecord_TakesIdAuthorsCategoriesAndYear()
    {
        var line = "{\"id\": \"2510.01234\", \"title\": \"T\", \"abstract\": \"A.\", \"authors\": \"Ann Lee, Bo Chen and Cy Dee\", "
            + "\"categories\": \"cs.LG cs.AI\", \"update_date\": \"2025-10-02\"}";

        var paper = Assert.Single(Read(Reader, line)).Paper;

        Assert.NotNull(paper);
        Assert.Equal("paper:2510.01234", paper.Id);
        Assert.Equal(["Ann Lee", "Bo Chen", "Cy Dee"], paper.Authors);
        Assert.Equal(["cs.LG", "cs.AI"], paper.Categories);
        Assert.Equal(2025, paper.Year);
    }

    [Fact]
    public void Reader_AuthorsArrayWithBlanksAndLineBreaks_KeepsCleanNonEmptyNames()
    {
        var line = "{\"title\": \"T\", \"abstract\": \"A.\", \"authors\": [\"Ann\\r\\nLee\", \"\", \"  \", \" Bo\\tChen \"]}";

        var paper = Assert.Single(Read(Reader, line)).Paper;

        Assert.Equal(["Ann Lee", "Bo Chen"], paper?.Authors);
    }
}
