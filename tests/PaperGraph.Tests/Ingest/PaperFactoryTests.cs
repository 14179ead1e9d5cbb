using PaperGraph.Ingest;

namespace PaperGraph.Tests.Ingest;

public sealed class PaperFactoryTests
{
    private static readonly SourceLocation At = new("in", 7);

    private static ReadResult Create(string title = "T", string @abstract = "A.", string[]? authors = null, string[]? categories = null) =>
        PaperFactory.Create(At, "raw", id: null, title, @abstract, authors: authors, categories: categories);

    [Fact]
    public void CollapseWhitespace_OnRandomText_TrimsAndMakesEveryRunOneSpace()
    {
        // Every kind of white space, doubled spaces and none, at the ends and inside.
        char[] alphabet = ['a', 'B', '.', ' ', ' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\u0085', '\u200b'];
        var random = new Random(11);
        for (var n = 0; n < 5000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var expected = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

            Assert.Equal(expected, PaperFactory.CollapseWhitespace(text));
        }
    }

    // Attribute strings are stored as UTF-8, which would turn a lone surrogate into U+FFFD: so {0} and {1} stand for the code units.
    [Theory]
    [InlineData("a{0}b", 0xD800, 0, "title holds an unpaired surrogate U+D800, which UTF-8 cannot carry")]
    [InlineData("{0}", 0xDC00, 0, "title holds an unpaired surrogate U+DC00, which UTF-8 cannot carry")]
    [InlineData("ends high{0}", 0xDBFF, 0, "title holds an unpaired surrogate U+DBFF, which UTF-8 cannot carry")]
    [InlineData("swapped {0}{1}", 0xDE00, 0xD83D, "title holds an unpaired surrogate U+DE00, which UTF-8 cannot carry")]
    public void Create_UnpairedSurrogate_RejectsTheRecordNamingIt(string template, int first, int second, string reason)
    {
        var title = template.Replace("{0}", ((char)first).ToString()).Replace("{1}", ((char)second).ToString());

        var result = Create(title);

        Assert.Null(result.Paper);
        Assert.Equal(reason, result.Rejection?.Reason);
        Assert.Equal(At, result.Rejection?.Source);
    }

    [Fact]
    public void Create_SurrogatePairsEmojiAndCombiningMarks_AreKeptExactly()
    {
        var title = "\U0001F600 Re\u0301sume\u0301 \u05E9\u05DC\u05D5\u05DD \U0001F469\u200D\U0001F469\u200D\U0001F467";

        Assert.Equal(title, Create(title).Paper?.Title);
    }

    [Theory]
    [InlineData("Ann\0Lee", "author holds a NUL character")]
    [InlineData("Ann \uFFFD", "author is not valid UTF-8 (holds U+FFFD)")]
    [InlineData("\\uD800", "author holds an unpaired surrogate U+D800, which UTF-8 cannot carry")]
    public void Create_BadAuthor_RejectsTheRecord(string author, string reason)
    {
        var value = author.Replace("\\uD800", "\uD800", StringComparison.Ordinal);

        Assert.Equal(reason, Create(authors: ["Bo", value]).Rejection?.Reason);
    }

    [Fact]
    public void Create_BlankAuthorsAndCategories_AreDroppedAndWhitespaceCollapsed()
    {
        var paper = Create(authors: [" Ann\r\n Lee ", "", "\t"], categories: [" cs.LG ", " "]).Paper;

        Assert.Equal(["Ann Lee"], paper?.Authors);
        Assert.Equal(["cs.LG"], paper?.Categories);
    }

    [Fact]
    public void Create_RawOverTheKeptLength_IsCutOutsideASurrogatePairAndCountsItsFullLength()
    {
        var raw = new string('a', ReadResult.MaxRawLength - 1) + "\U0001F600tail";

        var rejection = PaperFactory.Create(At, raw, id: null, title: null, @abstract: "A.").Rejection;

        Assert.NotNull(rejection);
        Assert.Equal(ReadResult.MaxRawLength - 1, rejection.Raw.Length);
        Assert.Equal(raw.Length, rejection.RawLength);
    }
}
