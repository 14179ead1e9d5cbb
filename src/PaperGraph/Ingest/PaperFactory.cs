using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using PaperGraph.Graph;

namespace PaperGraph.Ingest;

/// <summary>
/// The checks and normalisation every reader applies to a raw record, so that all formats reject
/// the same things for the same reasons and give the same paper the same id.
/// </summary>
public static partial class PaperFactory
{
    /// <summary>Fields longer than this are rejected rather than truncated.</summary>
    public const int MaxFieldLength = 100_000;

    /// <summary>
    /// Makes a paper, or rejects the record naming the first field that cannot be kept exactly:
    /// missing title or abstract, a field over <see cref="MaxFieldLength"/>, invalid UTF-8 (U+FFFD),
    /// a NUL, or an unpaired UTF-16 surrogate (which no UTF-8 output can carry, so replacing it would
    /// silently change the text). Title, abstract and authors get their whitespace collapsed;
    /// LaTeX accents in title and abstract become the letters they stand for (<c>T\"ULU</c> -> TÜLU);
    /// empty authors and categories are dropped.
    /// </summary>
    public static ReadResult Create(
        SourceLocation at, string raw, string? id, string? title, string? @abstract,
        string? url = null, int? year = null, IReadOnlyList<string>? authors = null,
        IReadOnlyList<string>? categories = null)
    {
        if (string.IsNullOrWhiteSpace(title)) return ReadResult.Reject(at, "missing title", raw);
        if (string.IsNullOrWhiteSpace(@abstract)) return ReadResult.Reject(at, "missing abstract", raw);
        var fields = new[] { ("title", title), ("abstract", @abstract), ("id", id ?? ""), ("url", url ?? "") }
            .Concat((authors ?? []).Select(a => ("author", a)))
            .Concat((categories ?? []).Select(c => ("category", c)));
        foreach (var (name, value) in fields)
        {
            if (FieldProblem(name, value) is { } reason) return ReadResult.Reject(at, reason, raw);
        }

        var cleanTitle = CleanText(title);
        var sourceId = string.IsNullOrWhiteSpace(id) ? null : CanonicalSourceId(id.Trim());
        return ReadResult.Of(new Paper
        {
            Id = sourceId is null ? "paper:t-" + NodeIds.ShortHash(NodeIds.NormalisedTitle(cleanTitle)) : "paper:" + sourceId,
            Title = cleanTitle,
            Abstract = CleanText(@abstract),
            Url = string.IsNullOrWhiteSpace(url) ? null : url.Trim(),
            Year = year,
            Authors = NonEmpty(authors, CollapseWhitespace),
            Categories = NonEmpty(categories, c => c.Trim()),
            Source = at,
        });
    }

    private static string? FieldProblem(string name, string value)
    {
        if (value.Length > MaxFieldLength)
            return $"{name} is {value.Length:N0} characters, over the limit of {MaxFieldLength:N0}";
        if (value.Contains('\uFFFD'))
            return $"{name} is not valid UTF-8 (holds U+FFFD)";
        if (value.Contains('\0'))
            return $"{name} holds a NUL character";
        if (UnpairedSurrogate(value) is char lone)
            return $"{name} holds an unpaired surrogate U+{(int)lone:X4}, which UTF-8 cannot carry";
        return null;
    }

    private static char? UnpairedSurrogate(string value)
    {
        for (var i = value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0 && i < value.Length; i++)
        {
            if (!char.IsSurrogate(value[i])) continue;
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }
            return value[i];
        }
        return null;
    }

    private static string[] NonEmpty(IReadOnlyList<string>? values, Func<string, string> clean) =>
        values is null ? [] : values.Select(clean).Where(v => v.Length > 0).ToArray();

    /// <summary>arXiv ids lose their URL prefix and version: <c>http://arxiv.org/abs/2510.01234v2</c> -> <c>2510.01234</c>.</summary>
    public static string CanonicalSourceId(string id)
    {
        var m = ArxivId().Match(id);
        return m.Success ? m.Groups["id"].Value : id;
    }

    /// <summary>What a title or abstract becomes: whitespace collapsed and LaTeX accents decoded.</summary>
    public static string CleanText(string text) => LatexAccents.Decode(CollapseWhitespace(text));

    /// <summary>The text with its white space trimmed and every run of it inside made one space.</summary>
    public static string CollapseWhitespace(string text)
    {
        var rest = text.AsSpan().Trim();
        // Most titles and many abstracts are collapsed already: kept as they are, without a copy.
        if (rest.Length == text.Length && !rest.ContainsAny(WhiteSpaceButSpace) && !rest.Contains("  ", StringComparison.Ordinal)) return text;
        var collapsed = new StringBuilder(rest.Length);
        while (rest.Length > 0)
        {
            var gap = rest.IndexOfAny(WhiteSpace);
            if (gap < 0) return collapsed.Append(rest).ToString();
            collapsed.Append(rest[..gap]).Append(' ');
            rest = rest[gap..].TrimStart();
        }
        return collapsed.ToString();
    }

    // Every character char.IsWhiteSpace takes, and all of them but the plain space, for vectorised searches.
    private static readonly string WhiteSpaceChars = string.Concat(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace));
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(WhiteSpaceChars);
    private static readonly SearchValues<char> WhiteSpaceButSpace = SearchValues.Create(WhiteSpaceChars.Replace(" ", "", StringComparison.Ordinal));

    [GeneratedRegex(@"^(?:https?://(?:export\.)?arxiv\.org/abs/)?(?<id>\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?$")]
    private static partial Regex ArxivId();
}
