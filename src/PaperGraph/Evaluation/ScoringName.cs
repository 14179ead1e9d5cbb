using System.Text;
using System.Text.RegularExpressions;

namespace PaperGraph.Evaluation;

/// <summary>
/// The name and title forms score.py compares (SCHEMA.md "How extraction is scored"). Kept apart
/// from resolution's normaliser on purpose: this one must follow score.py, character for character.
/// </summary>
public static partial class ScoringName
{
    /// <summary>score.py <c>norm</c>: NFKC, case-folded, dashes unified, runs of space/_/- to one space, outer punctuation trimmed, one plural "s" dropped.</summary>
    public static string Normalise(string? name)
    {
        var s = CaseFold(CompatibilityFolding.Fold(name ?? ""))
            .Replace('\u2019', '\'').Replace('\u2010', '-').Replace('\u2011', '-').Replace('\u2013', '-');
        s = Gap().Replace(s, " ").Trim(' ', '.', ',', ';', ':', '(', ')', '[', ']', '{', '}', '"', '\'');
        return s.Length > 3 && s.EndsWith('s') && !s.EndsWith("ss", StringComparison.Ordinal) ? s[..^1] : s;
    }

    /// <summary>score.py <c>norm_title</c>: NFKC, case-folded, only ASCII letters and digits kept.</summary>
    public static string NormaliseTitle(string? title)
    {
        var s = CaseFold(CompatibilityFolding.Fold(title ?? ""));
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (ch is >= '0' and <= '9' or >= 'a' and <= 'z') sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>score.py <c>forms</c>: the normalised name and aliases, without the empty form.</summary>
    public static HashSet<string> Forms(string? name, IEnumerable<string> aliases)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal) { Normalise(name) };
        foreach (var alias in aliases) forms.Add(Normalise(alias));
        forms.Remove("");
        return forms;
    }

    // Python's casefold is lower-casing plus the full case folds; these are the ones ML names can
    // plausibly hold (German sharp s, Greek final sigma, the long s).
    private static string CaseFold(string s)
    {
        var lower = s.ToLowerInvariant();
        if (!lower.AsSpan().ContainsAny('ß', 'ς', 'ſ') && !lower.Contains('\u1e9e')) return lower;
        return lower.Replace("ß", "ss").Replace("\u1e9e", "ss").Replace('ς', 'σ').Replace('ſ', 's');
    }

    // Python's \s: Unicode white space plus the ASCII separators U+001C..U+001F.
    [GeneratedRegex(@"[\s\u001c-\u001f_\-]+")]
    private static partial Regex Gap();
}
