using System.Text;

namespace PaperGraph.Resolution;

/// <summary>
/// The matching form of a name, as SCHEMA.md scores it: NFKC, case-folded, hyphens, underscores and
/// spaces collapsed, outer punctuation trimmed, a trailing plural "s" dropped.
/// </summary>
public static class NameNormaliser
{
    public static string Normalise(string name)
    {
        var folded = name.Normalize(NormalizationForm.FormKC).ToLowerInvariant()
            .Replace('\u2019', '\'').Replace('\u2010', '-').Replace('\u2011', '-').Replace('\u2013', '-');
        var sb = new StringBuilder(folded.Length);
        var gap = false;
        foreach (var ch in folded)
        {
            if (char.IsWhiteSpace(ch) || ch is '-' or '_')
            {
                gap = true;
                continue;
            }
            if (gap && sb.Length > 0) sb.Append(' ');
            gap = false;
            sb.Append(ch);
        }
        var s = sb.ToString().Trim(' ', '.', ',', ';', ':', '(', ')', '[', ']', '{', '}', '"', '\'');
        return s.Length > 3 && s.EndsWith('s') && !s.EndsWith("ss", StringComparison.Ordinal) ? s[..^1] : s;
    }

    /// <summary>
    /// The key that decides identity across papers: the matching form without its gaps, so the
    /// spellings "Qwen-2.5-7B", "Qwen2.5 7B" and "Qwen 2.5-7B" are one model.
    /// </summary>
    public static string IdentityKey(string name) => Normalise(name).Replace(" ", "", StringComparison.Ordinal);
}
