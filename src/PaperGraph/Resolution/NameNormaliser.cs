using System.Text;

namespace PaperGraph.Resolution;

/// <summary>
/// The matching form of a name, as SCHEMA.md scores it: NFKC, case-folded, hyphens, underscores and
/// spaces collapsed, outer punctuation trimmed, a trailing plural "s" dropped.
/// </summary>
public static class NameNormaliser
{
    private static readonly char[] OuterPunctuation = [' ', '.', ',', ';', ':', '(', ')', '[', ']', '{', '}', '"', '\''];

    public static string Normalise(string name)
    {
        // Extraction normalises every name it finds: ASCII names (nearly all) skip Unicode normalisation.
        var folded = Ascii.IsValid(name)
            ? name
            : name.Normalize(NormalizationForm.FormKC).Replace('\u2019', '\'').Replace('\u2010', '-').Replace('\u2011', '-').Replace('\u2013', '-');
        Span<char> buffer = folded.Length <= 256 ? stackalloc char[folded.Length] : new char[folded.Length];
        var n = 0;
        var gap = false;
        foreach (var ch in folded)
        {
            if (char.IsWhiteSpace(ch) || ch is '-' or '_')
            {
                gap = true;
                continue;
            }
            if (gap && n > 0) buffer[n++] = ' ';
            gap = false;
            buffer[n++] = char.ToLowerInvariant(ch);
        }
        var s = buffer[..n].Trim(OuterPunctuation);
        if (s.Length > 3 && s[^1] == 's' && s[^2] != 's') s = s[..^1];
        return s.Length == name.Length && s.SequenceEqual(name) ? name : new string(s);
    }

    /// <summary>
    /// The key that decides identity across papers: the matching form without its gaps, so the
    /// spellings "Qwen-2.5-7B", "Qwen2.5 7B" and "Qwen 2.5-7B" are one model.
    /// </summary>
    public static string IdentityKey(string name) => Normalise(name).Replace(" ", "", StringComparison.Ordinal);
}
