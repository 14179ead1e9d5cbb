using PaperGraph.Ingest;
using static PaperGraph.Tests.Ingest.ReaderInput;

namespace PaperGraph.Tests.Ingest;

public sealed class CsvPaperReaderTests
{
    private static readonly CsvPaperReader Reader = new();

    [Fact]
    public void Reader_QuotedMultiLineFields_KeepTheirLineBreaksAndRecordsKeepTheirFirstLine()
    {
        var text = "title,abstract\n\"Two\nline title\",\"First line.\r\nSecond, with \"\"quotes\"\".\"\nNext,Plain abstract.\n";

        var results = Read(Reader, text);

        Assert.Equal(["Two line title", "Next"], results.Select(r => r.Paper?.Title));
        Assert.Equal("First line. Second, with \"quotes\".", results[0].Paper?.Abstract);
        Assert.Equal([2L, 5], results.Select(r => r.Paper?.Source.Line ?? 0));
    }

    [Fact]
    public void Reader_HeaderInAnyCaseAndOrderWithByteOrderMark_FindsTheColumns()
    {
        var text = "\uFEFF Abstract ,ID,TiTlE,Authors,YEAR\nAn abstract.,2510.00001v3,A title,\"Ann Lee and Bo Chen\",2025\n";

        var paper = Assert.Single(Read(Reader, text)).Paper;

        Assert.NotNull(paper);
        Assert.Equal("A title", paper.Title);
        Assert.Equal("paper:2510.00001", paper.Id);
        Assert.Equal(["Ann Lee", "Bo Chen"], paper.Authors);
        Assert.Equal(2025, paper.Year);
    }

    [Theory]
    [InlineData("", "empty CSV, or no readable header row")]
    [InlineData("name,summary\nx,y\n", "CSV header has no 'title' and 'abstract' columns (found: name, summary)")]
    public void Reader_NoUsableHeader_RejectsTheFileWithTheReason(string text, string reason)
    {
        Assert.Equal(reason, SingleRejection(Read(Reader, text)).Reason);
    }

    [Fact]
    public void Reader_MissingTitleOrShortRow_RejectsThatRowOnly()
    {
        var results = Read(Reader, "title,abstract\n,An abstract.\nOnly a title\nGood,Fine.\n");

        Assert.Equal(["missing title", "missing abstract"], results.Select(r => r.Rejection?.Reason).OfType<string>());
        Assert.Equal([2L, 3], results.Where(r => r.Rejection is not null).Select(r => r.Rejection?.Source.Line ?? 0));
        Assert.Equal("Good", results[2].Paper?.Title);
    }

    [Theory]
    [InlineData("\"Bad\" quote")]
    [InlineData("Bad \"quote")]
    public void Reader_MalformedQuoting_RejectsThatRowAndKeepsTheNext(string badTitle)
    {
        // Regression: the report arrived one row late, so the bad row was kept and the good one rejected.
        var results = Read(Reader, $"title,abstract\n{badTitle},Text.\nGood,Fine.\n");

        Assert.Equal(2, results.Count);
        Assert.Equal("malformed CSV quoting", results[0].Rejection?.Reason);
        Assert.Equal(2, results[0].Rejection?.Source.Line);
        Assert.Equal("Good", results[1].Paper?.Title);
    }

    [Fact]
    public void Reader_TenMegabyteAbstract_IsRejectedAndTheNextRecordIsKept()
    {
        var text = "title,abstract\nHuge,\"" + new string('a', 10_000_000) + "\"\nAfter,Fine.\n";

        var results = Read(Reader, text);

        Assert.Equal("abstract is 10,000,000 characters, over the limit of 100,000", SingleRejection(results).Reason);
        Assert.Equal("After", results[1].Paper?.Title);
    }

    [Fact]
    public void Reader_UnterminatedQuoteRunningPastTheFieldCap_RejectsTheRestWithoutExhaustingMemory()
    {
        var text = "title,abstract\nGood,Fine.\nBroken,\"" + new string('a', InputLimits.MaxCsvFieldChars + 10);

        var results = Read(Reader, text);

        Assert.Equal("Good", results[0].Paper?.Title);
        var rejection = SingleRejection(results);
        Assert.Equal(3, rejection.Source.Line);
        Assert.Contains("the rest of the file from here is not read", rejection.Reason);
    }
}
