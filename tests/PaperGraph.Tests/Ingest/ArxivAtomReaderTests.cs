using PaperGraph.Ingest;
using static PaperGraph.Tests.Ingest.ReaderInput;

namespace PaperGraph.Tests.Ingest;

public sealed class ArxivAtomReaderTests
{
    private static readonly ArxivAtomReader Reader = new();

    private static string Entry(string id, string title) =>
        $"<entry><id>http://arxiv.org/abs/{id}v2</id><published>2025-10-01T00:00:00Z</published><title>{title}</title>"
        + "<summary>  We study\n  things. </summary><author><name>Ann  Lee</name></author><author><name>Bo Chen</name></author></entry>";

    private static string Feed(params string[] entries) =>
        "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>q</title>" + string.Concat(entries) + "</feed>";

    [Fact]
    public void Reader_AdjacentEntries_ReadsEveryOne()
    {
        // Regression: after one entry the reader stood on the next and skipped it.
        var results = Read(Reader, Feed(Entry("2510.00001", "A"), Entry("2510.00002", "B"), Entry("2510.00003", "C")));

        Assert.Equal(["A", "B", "C"], results.Select(r => r.Paper?.Title));
    }

    [Fact]
    public void Reader_Entry_TakesIdYearAuthorsAndCollapsesWhitespace()
    {
        var paper = Assert.Single(Read(Reader, Feed(Entry("2510.00001", "A &amp; B")))).Paper;

        Assert.NotNull(paper);
        Assert.Equal("paper:2510.00001", paper.Id);
        Assert.Equal("A & B", paper.Title);
        Assert.Equal("We study things.", paper.Abstract);
        Assert.Equal(2025, paper.Year);
        Assert.Equal(["Ann Lee", "Bo Chen"], paper.Authors);
    }

    [Fact]
    public void Reader_EntryWithoutSummary_IsRejected()
    {
        var results = Read(Reader, Feed("<entry><title>T</title></entry>", Entry("2510.00002", "B")));

        Assert.Equal("missing abstract", SingleRejection(results).Reason);
        Assert.Equal("B", results[1].Paper?.Title);
    }

    [Fact]
    public void Reader_BrokenXml_KeepsEntriesBeforeAndRejectsTheRestWithItsLine()
    {
        var text = Feed(Entry("2510.00001", "A")).Replace("</feed>", "\n<entry><title>x</titel></entry></feed>");

        var results = Read(Reader, text);

        Assert.Equal("A", results[0].Paper?.Title);
        var rejection = SingleRejection(results);
        Assert.StartsWith("broken XML", rejection.Reason);
        Assert.Equal(4, rejection.Source.Line); // the first entry's summary spans lines 2-3
    }

    [Fact]
    public void Reader_DocumentTypeDeclaration_IsRefusedNotExpanded()
    {
        var text = "<?xml version=\"1.0\"?><!DOCTYPE f [<!ENTITY x \"xxxxxxxxxx\"><!ENTITY y \"&x;&x;&x;&x;\">]>"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&y;</title><summary>s</summary></entry></feed>";

        var rejection = SingleRejection(Read(Reader, text));

        Assert.StartsWith("broken XML", rejection.Reason);
        Assert.Contains("DTD", rejection.Reason);
    }

    [Fact]
    public void Reader_EntryPastTheEntryCap_RejectsTheRestWithoutHoldingIt()
    {
        var huge = "<entry><title>Huge</title><summary>" + new string('a', InputLimits.MaxAtomEntryChars + 100_000) + "</summary></entry>";

        var results = Read(Reader, Feed(Entry("2510.00001", "A"), huge, Entry("2510.00002", "B")));

        Assert.Equal("A", results[0].Paper?.Title);
        Assert.Contains("an entry runs past 16,777,216 characters", SingleRejection(results).Reason);
        Assert.Equal(2, results.Count);
    }
}
