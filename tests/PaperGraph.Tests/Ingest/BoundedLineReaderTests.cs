using CsCheck;
using PaperGraph.Ingest;
using PaperGraph.Tests.Hostile;

namespace PaperGraph.Tests.Ingest;

public sealed class BoundedLineReaderTests
{
    private static List<InputLine> Lines(string text, int max)
    {
        var reader = new BoundedLineReader(new StringReader(text), max);
        var lines = new List<InputLine>();
        while (reader.TryReadLine(out var line)) lines.Add(line);
        return lines;
    }

    [Fact]
    public void Reader_AnyTextUnderTheCap_SplitsLinesExactlyLikeReadLine()
    {
        Gen.Select(HostileText.Valid(0, 20), HostileText.LineEnd.Array[0, 3]).Sample((text, ends) =>
        {
            var input = text + string.Concat(ends);
            var expected = new List<string>();
            using (var reader = new StringReader(input))
            {
                while (reader.ReadLine() is { } line) expected.Add(line);
            }

            Assert.Equal(expected, Lines(input, int.MaxValue).Select(l => l.Text));
        }, seed: HostileGraphs.Seed, iter: 500, threads: 1);
    }

    [Fact]
    public void Reader_CarriageReturnLineFeedAcrossTheBufferEdge_IsOneLineEnd()
    {
        var first = new string('a', (1 << 16) - 1);

        var lines = Lines(first + "\r\nb", int.MaxValue);

        Assert.Equal([first, "b"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Reader_LineOverTheCap_IsCountedNotKeptAndTheNextLineIsWhole()
    {
        var lines = Lines(new string('x', 5_000) + "\nnext\r", 1_500);

        Assert.Null(lines[0].Text);
        Assert.Equal(5_000, lines[0].Length);
        Assert.Equal(new string('x', BoundedLineReader.PreviewChars), lines[0].Preview);
        Assert.Equal("next", lines[1].Text);
        Assert.Equal(2, lines.Count);
    }
}
