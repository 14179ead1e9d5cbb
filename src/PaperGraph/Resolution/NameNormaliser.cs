using System.Text;

namespace PaperGraph.Resolution;

/// <summary>
/// The matching form of a name, as SCHEMA.md scores it: NFKC, case-folded, hyphens, underscores and
/// spaces collapsed, outer punctuation trimmed, a trailing plural "s" dropped.
/// </summary>
public static class NameNormaliser
{
    private static readonly char[] OuterPunctuation = [' ', '.', ',', ';', ':', '(', ')', '[', ']', '{', '}', '"', '\''];

    /// <summary>A stack buffer this long holds the normalised form of any name extraction finds; longer ones go to the heap.</summary>
    public const int StackLimit = 256;

    public static string Normalise(string name)
    {
        Span<char> buffer = stackalloc char[StackLimit];
        var s = NormaliseInto(name, buffer);
        return s.Length == name.Length && s.SequenceEqual(name) ? name : new string(s);
    }

    /// <summary>
    /// <paramref name="name"/>'s normalised form, written into <paramref name="buffer"/> when it fits
    /// (else into a new array): one normalisation for several span lookups.
    /// </summary>
    public static ReadOnlySpan<char> NormaliseInto(string name, Span<char> buffer)
    {
        var folded = ToCompatibleForm(name);
        return Fold(folded, folded.Length <= buffer.Length ? buffer : new char[folded.Length]);
    }

    /// <summary>True when <paramref name="lookup"/>'s set holds <paramref name="name"/>'s normalised form; allocates nothing for plain ASCII names.</summary>
    public static bool ContainsNormalised(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup, string name)
    {
        Span<char> buffer = stackalloc char[StackLimit];
        return lookup.Contains(NormaliseInto(name, buffer));
    }

    // Extraction normalises every name it finds: ASCII names (nearly all) skip Unicode normalisation.
    private static string ToCompatibleForm(string name) => Ascii.IsValid(name)
        ? name
        : name.Normalize(NormalizationForm.FormKC).Replace('\u2019', '\'').Replace('\u2010', '-').Replace('\u2011', '-').Replace('\u2013', '-');

    /// <summary>The normalised form of <paramref name="folded"/>, written into <paramref name="buffer"/> (at least as long).</summary>
    private static ReadOnlySpan<char> Fold(string folded, Span<char> buffer)
    {
        var n = 0;
        var gap = false;
        foreach (var ch in folded)
        {
            // ASCII (nearly every character of every name) by arithmetic; the rest by the Unicode tables.
            var isGap = char.IsAscii(ch) ? ch is ' ' or '-' or '_' or (>= '\t' and <= '\r') : char.IsWhiteSpace(ch);
            if (isGap)
            {
                gap = true;
                continue;
            }
            if (gap && n > 0) buffer[n++] = ' ';
            gap = false;
            buffer[n++] = char.IsAsciiLetterUpper(ch) ? (char)(ch | 0x20) : char.IsAscii(ch) ? ch : char.ToLowerInvariant(ch);
        }
        ReadOnlySpan<char> s = buffer[..n].Trim(OuterPunctuation);
        if (s.Length > 3 && s[^1] == 's' && s[^2] != 's') s = s[..^1];
        return s;
    }

    /// <summary>
    /// The key that decides identity across papers: the matching form without its gaps, so the
    /// spellings "Qwen-2.5-7B", "Qwen2.5 7B" and "Qwen 2.5-7B" are one model.
    /// </summary>
    public static string IdentityKey(string name) => Normalise(name).Replace(" ", "", StringComparison.Ordinal);
}
