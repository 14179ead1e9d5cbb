using PaperGraph.Ingest;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Ingest;

public sealed class FormatDetectorTests
{
    [Theory]
    [InlineData("a.jsonl", InputFormat.Jsonl)]
    [InlineData("a.NDJSON", InputFormat.Jsonl)]
    [InlineData("a.csv", InputFormat.Csv)]
    [InlineData("a.atom", InputFormat.Atom)]
    [InlineData("a.xml", InputFormat.Atom)]
    [InlineData("a.txt", InputFormat.Text)]
    public void Detect_KnownExtension_DecidesWithoutReading(string name, InputFormat format)
    {
        Assert.Equal(format, FormatDetector.Detect(Path.Combine(Some.TempFolder(), name)));
    }

    [Theory]
    [InlineData("\uFEFF  {\"title\": \"x\"}", InputFormat.Jsonl)]
    [InlineData("\n<?xml version=\"1.0\"?><feed/>", InputFormat.Atom)]
    [InlineData("\uFEFFID,Title,Abstract\r\n1,x,y", InputFormat.Csv)]
    [InlineData("Title, and abstract, of a page\nmore", InputFormat.Csv)]
    [InlineData("Get trending papers\nA title\nAn abstract.", InputFormat.Text)]
    [InlineData("", InputFormat.Text)]
    public void Detect_UnknownExtension_LooksAtTheFirstBytes(string content, InputFormat format)
    {
        Assert.Equal(format, FormatDetector.Detect(Some.TempFile("input.data", content)));
    }
}
