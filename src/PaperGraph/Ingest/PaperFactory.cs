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

    /// <summary>Raw text kept in a rejection, so a rejects file stays readable.</summary>
    public const int MaxRawLength = 10_000;

    public static ReadResult Create(
        SourceLocation at, string raw, string? id, string? title, string? @abstract,
        string? url = null, int? year = null, IReadOnlyList<string>? authors = null,
        IReadOnlyList<string>? categories = null)
    {
        string Clip(string s) => s.Length <= MaxRawLength ? s : s[..MaxRawLength];

        if (string.IsNullOrWhiteSpace(title)) return ReadResult.Reject(at, "missing title", Clip(raw));
        if (string.IsNullOrWhiteSpace(@abstract)) return ReadResult.Reject(at, "missing abstract", Clip(raw));
        foreach (var (name, value) in new[] { ("title", title), ("abstract", @abstract), ("id", id ?? ""), ("url", url ?? "") })
        {
            if (value.Length > MaxFieldLength)
                return ReadResult.Reject(at, $"{name} is {value.Length:N0} characters, over the limit of {MaxFieldLength:N0}", Clip(raw));
            if (value.Contains('\uFFFD'))
                return ReadResult.Reject(at, $"{name} is not valid UTF-8 (holds U+FFFD)", Clip(raw));
            if (value.Contains('\0'))
                return ReadResult.Reject(at, $"{name} holds a NUL character", Clip(raw));
        }

        var cleanTitle = CollapseWhitespace(title);
        var sourceId = string.IsNullOrWhiteSpace(id) ? null : CanonicalSourceId(id.Trim());
        return ReadResult.Of(new Paper
        {
            Id = sourceId is null ? "paper:t-" + NodeIds.ShortHash(NodeIds.NormalisedTitle(cleanTitle)) : "paper:" + sourceId,
            Title = cleanTitle,
            Abstract = CollapseWhitespace(@abstract),
            Url = string.IsNullOrWhiteSpace(url) ? null : url.Trim(),
            Year = year,
            Authors = authors ?? [],
            Categories = categories ?? [],
            Source = at,
        });
    }

    /// <summary>arXiv ids lose their URL prefix and version: <c>http://arxiv.org/abs/2510.01234v2</c> -> <c>2510.01234</c>.</summary>
    public static string CanonicalSourceId(string id)
    {
        var m = ArxivId().Match(id);
        return m.Success ? m.Groups["id"].Value : id;
    }

    public static string CollapseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(ch);
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"^(?:https?://(?:export\.)?arxiv\.org/abs/)?(?<id>\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?$")]
    private static partial Regex ArxivId();
}
