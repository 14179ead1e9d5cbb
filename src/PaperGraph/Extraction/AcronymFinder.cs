using System.Text.RegularExpressions;

namespace PaperGraph.Extraction;

/// <summary>An acronym a text defines, its long form, and where the acronym stands.</summary>
internal readonly record struct AcronymDefinition(string Short, string Long, int ShortStart, int LongStart, int End);

/// <summary>
/// Acronym definitions in both directions, "Long Form (LF)" and "LF (Long Form)", matched in the
/// manner of Schwartz and Hearst (2003): the short form's letters are found right to left in the long
/// form, its first letter at the start of a word, and the long form is the shortest such tail. Also
/// the spelt-out ones: "LF, short for Long Form", "LF (short for Long Form)", "Long Form (LF for short)".
/// Stateless; safe from several threads.
/// </summary>
internal static partial class AcronymFinder
{
    public static List<AcronymDefinition> Find(string text)
    {
        var found = new List<AcronymDefinition>();
        foreach (Match m in Parenthesised().Matches(text))
        {
            var inside = m.Groups["inside"].Value;
            var open = m.Index;
            // "(GRPO; Shao et al.)" or "(GRPO, ...)": the short form is the part before the separator.
            var first = ForShort().Replace(NamingPrefix().Replace(inside.Split([';', ','], 2)[0].Trim(), ""), "");
            if (IsShortForm(first))
            {
                var before = WordsBefore(text, open, MaxLongWords(first));
                if (BestLongForm(first, before.Words) is { } longForm)
                {
                    found.Add(new AcronymDefinition(first, longForm, open + 1 + inside.IndexOf(first, StringComparison.Ordinal), before.Start + before.Words.Length - longForm.Length, m.Index + m.Length));
                    continue;
                }
            }
            // "LF (Long Form)": the word before the parenthesis is the short form.
            if (ShortBefore().Match(text, Math.Max(0, open - 16), Math.Min(open, 16)) is { Success: true } s && IsShortForm(s.Groups["short"].Value))
            {
                var shortForm = s.Groups["short"].Value;
                var longForm = ShortFor().Replace(inside.Split([';'], 2)[0].Trim(), "");
                if (longForm.Contains(' ', StringComparison.Ordinal) && BestLongForm(shortForm, longForm) == longForm)
                    found.Add(new AcronymDefinition(shortForm, longForm, s.Groups["short"].Index, open + 1 + inside.IndexOf(longForm, StringComparison.Ordinal), m.Index + m.Length));
            }
        }
        // "OHVL, short for Offline Hierarchical Value Learning, which ...": the fewest words from the first that spell it.
        foreach (var m in SpeltOutDefinitions.Matches(text))
        {
            var shortForm = m.Groups["short"].Value;
            if (!IsShortForm(shortForm)) continue;
            var words = m.Groups["long"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var take = LeadingLongFormWords(shortForm, words, MaxLongWords(shortForm));
            if (take == 0) continue;
            var longStart = m.Groups["long"].Index;
            found.Add(new AcronymDefinition(shortForm, string.Join(' ', words[..take]), m.Groups["short"].Index, longStart, EndOfWords(text, longStart, take)));
        }
        // "Noise-Annealed Distillation, abbreviated NAD, which ...": the long form, then the words that say its short form follows.
        foreach (var m in AbbreviatedDefinitions.Matches(text))
        {
            var shortForm = m.Groups["short"].Value;
            if (!IsShortForm(shortForm)) continue;
            var before = WordsBefore(text, m.Index, MaxLongWords(shortForm));
            if (BestLongForm(shortForm, before.Words) is { } longForm)
                found.Add(new AcronymDefinition(shortForm, longForm, m.Groups["short"].Index, before.Start + before.Words.Length - longForm.Length, m.Index + m.Length));
        }
        return found;
    }

    /// <summary>
    /// How many of <paramref name="words"/>, from the first, spell <paramref name="shortForm"/>: the fewest,
    /// two to <paramref name="maxWords"/>, that are its best long form and whose last word starts with its
    /// last letter ("Offline Hierarchical Value" has an 'l', not an L-word); 0 when none do.
    /// </summary>
    internal static int LeadingLongFormWords(string shortForm, string[] words, int maxWords)
    {
        var lastLetter = char.ToLowerInvariant(shortForm.LastOrDefault(char.IsLetter));
        for (var take = 2; take <= Math.Min(words.Length, maxWords); take++)
        {
            if (char.ToLowerInvariant(words[take - 1][0]) != lastLetter) continue;
            var longForm = string.Join(' ', words[..take]);
            if (BestLongForm(shortForm, longForm) == longForm) return take;
        }
        return 0;
    }

    /// <summary>Where the <paramref name="count"/>-th word from <paramref name="start"/> ends (words split at spaces).</summary>
    private static int EndOfWords(string text, int start, int count)
    {
        var i = start;
        for (var word = 0; word < count; word++)
        {
            while (i < text.Length && text[i] == ' ') i++;
            while (i < text.Length && text[i] != ' ') i++;
        }
        return i;
    }

    /// <summary>A plausible short form: one token of 2-12 characters with a capital letter, not a number.</summary>
    internal static bool IsShortForm(string s) =>
        s.Length is >= 2 and <= 12 && char.IsLetterOrDigit(s[0]) && s.Any(char.IsUpper) && !s.Contains(' ', StringComparison.Ordinal)
        && s.Count(char.IsLetter) >= 2;

    /// <summary>
    /// The shortest tail of <paramref name="words"/> that spells <paramref name="shortForm"/> (Schwartz and
    /// Hearst's matching, right to left); null when none does.
    /// </summary>
    internal static string? BestLongForm(string shortForm, string words)
    {
        // The plain case first: one word per letter ("prior prompt engineering (pPE)"), which the
        // right-to-left match would cut short at the 'p' inside "prompt".
        var letters = shortForm.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray();
        var tokens = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (letters.Length >= 2 && tokens.Length >= letters.Length && shortForm.All(char.IsLetter)
            && tokens[^letters.Length..].Select(t => char.ToLowerInvariant(t[0])).SequenceEqual(letters))
            return string.Join(' ', tokens[^letters.Length..]);
        var s = shortForm.Length - 1;
        var l = words.Length - 1;
        while (s >= 0)
        {
            var c = char.ToLowerInvariant(shortForm[s]);
            if (!char.IsLetterOrDigit(c))
            {
                s--;
                continue;
            }
            while (l >= 0 && (char.ToLowerInvariant(words[l]) != c || (s == 0 && l > 0 && char.IsLetterOrDigit(words[l - 1]))))
                l--;
            if (l < 0) return null;
            l--;
            s--;
        }
        var start = words.LastIndexOf(' ', Math.Max(l, 0)) + 1;
        if (l < 0) start = 0;
        var longForm = words[start..].Trim();
        // A long form is several words (or hyphenated parts), and longer than what it abbreviates.
        if (longForm.Length <= shortForm.Length + 1) return null;
        return longForm.Contains(' ', StringComparison.Ordinal) || longForm.Contains('-', StringComparison.Ordinal) ? longForm : null;
    }

    private static int MaxLongWords(string shortForm) => Math.Min(shortForm.Length + 5, shortForm.Length * 2);

    /// <summary>Up to <paramref name="max"/> words ending just before <paramref name="end"/>, within the clause.</summary>
    private static (string Words, int Start) WordsBefore(string text, int end, int max)
    {
        var stop = end;
        var count = 0;
        var i = end - 1;
        while (i >= 0 && text[i] == ' ') i--;
        var limit = i + 1;
        for (; i >= 0; i--)
        {
            var c = text[i];
            if (c is ',' or ';' or ':' or '(' or ')' or '.' && !(c == '.' && i > 0 && char.IsDigit(text[i - 1]))) break;
            if (c == ' ' && i + 1 < text.Length && text[i + 1] != ' ' && ++count >= max) break;
            stop = i;
        }
        return (text[stop..limit], stop);
    }

    // "(namely PCRM)", "(i.e. PRM)", "(dubbed X)": the words before the short form only introduce it.
    [GeneratedRegex(@"^(?:namely|i\.e\.|ie|called|dubbed|termed|aka|a\.k\.a\.|abbreviated(?:\s+as)?|hereafter|henceforth)\s+")]
    private static partial Regex NamingPrefix();

    private static readonly WordGatedPattern SpeltOutDefinitions = new(SpeltOut(), "short for", "standing for", "stands for");

    private static readonly WordGatedPattern AbbreviatedDefinitions = new(Abbreviated(), "abbreviated", "hereafter", "henceforth", ", or ");

    /// <summary>The gated patterns with their words, for the test that keeps them in step.</summary>
    internal static IReadOnlyList<WordGatedPattern> GatedPatterns => [SpeltOutDefinitions, AbbreviatedDefinitions];

    // ", abbreviated (as) LF", ", hereafter LF": after a long form, the short form it is given; so does
    // ", or LF," when LF closes the phrase ("Truncated Importance PPO, or TI-PPO, which ...").
    [GeneratedRegex(@",\s+(?:(?:abbreviated(?:\s+as)?|hereafter|henceforth)\s+(?<short>[A-Za-z][\w\-^*+]{1,11})(?![\w\-^*+])|or\s+(?<short>[A-Za-z][\w\-^*+]{1,11})(?=\s*[,;:)]|\.(?:\s|$)|$))")]
    private static partial Regex Abbreviated();

    // The words that introduce a spelt-out long form, in the pattern of both spellings.
    private const string SpeltOutWords = "short for|standing for|which stands for";

    // "(short for Long Form)" after a short form: the words that introduce the long form.
    [GeneratedRegex(@"^(?:" + SpeltOutWords + @")\s+")]
    private static partial Regex ShortFor();

    // "(LF for short)": the words after the short form.
    [GeneratedRegex(@"\s+for short$")]
    private static partial Regex ForShort();

    [GeneratedRegex(@"(?<![\w\-^])(?<short>[A-Za-z][\w\-^*+]{1,11}),\s+(?:" + SpeltOutWords + @")\s+(?<long>[^,;:()]{3,160}?)(?=\s*[,;:()]|\.(?:\s|$)|$)")]
    private static partial Regex SpeltOut();

    [GeneratedRegex(@"\((?<inside>[^()]{2,120})\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"(?<![\w\-^])(?<short>[A-Za-z][\w\-^*+]{1,11})\s*\z", RegexOptions.RightToLeft)]
    private static partial Regex ShortBefore();
}
