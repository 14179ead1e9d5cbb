using PaperGraph.Ingest;

namespace PaperGraph.Tests.Ingest;

public sealed class LatexAccentsTests
{
    [Theory]
    [InlineData("we introduce T\\\"ULU 3, a family", "we introduce TÜLU 3, a family")]
    [InlineData("Schr\\\"{o}dinger and {\\\"U}ber", "Schrödinger and Über")]
    [InlineData("Erd\\H{o}s, \\v{S}koda, Fran\\c{c}ois, \\'etude, \\`a la, se\\~nor", "Erdős, Škoda, François, étude, à la, señor")]
    public void Decode_AccentCommands_BecomeTheirLetters(string latex, string expected)
    {
        Assert.Equal(expected, LatexAccents.Decode(latex));
    }

    [Theory]
    [InlineData("a \\under b")]
    [InlineData("costs 5\\% less")]
    [InlineData("path C:\\new\\data and \\textbf{bold}")]
    [InlineData("no backslash at all")]
    public void Decode_OtherBackslashes_StayAsWritten(string text)
    {
        Assert.Equal(text, LatexAccents.Decode(text));
    }

    [Fact]
    public void Create_TitleWithALatexAccent_IsTheSamePaperAsTheUnicodeTitle()
    {
        var at = new SourceLocation("in.jsonl", 1);
        var latex = PaperFactory.Create(at, "", null, "T\\\"ULU 3: Open Post-Training", "We introduce T\\\"ULU 3.").Paper;
        var unicode = PaperFactory.Create(at, "", null, "TÜLU 3: Open Post-Training", "We introduce TÜLU 3.").Paper;

        Assert.NotNull(latex);
        Assert.NotNull(unicode);
        Assert.Equal(unicode.Id, latex.Id);
        Assert.Equal("We introduce TÜLU 3.", latex.Abstract);
    }
}
