namespace PaperGraph.Extraction;

/// <summary>A kind of RL a text names: canonical "<c>modifier</c> RL" and where it is.</summary>
internal readonly record struct ParadigmHit(string Name, int Start, int Length);

/// <summary>
/// Kinds of reinforcement learning named by a modifier: "reward-free reinforcement learning" ->
/// "reward-free RL", "goal-conditioned RL", "off-policy RL", "hierarchical RL". RL alone is an umbrella
/// term, not an entity; a modifier that says which kind makes it a paradigm (SCHEMA.md: offline RL).
/// Hyphenated modifiers must end in a word that names a paradigm ("-free", "-conditioned", "-loop"),
/// so "large-scale RL" and "image-based RL" (a setting, not a paradigm) are none. Stateless.
/// </summary>
internal static class ParadigmPhrases
{
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "offline", "online", "hierarchical", "inverse", "distributional", "continual", "safe", "meta", "federated", "lifelong",
    };

    private static readonly HashSet<string> HyphenHeads = new(StringComparer.Ordinal)
    {
        "free", "conditioned", "loop", "agent",
    };

    private static readonly string[] Heads = ["reinforcement learning", "deep reinforcement learning", "deep RL", "RL"];

    public static List<ParadigmHit> Find(string text)
    {
        var hits = new List<ParadigmHit>();
        foreach (var at in SpacesBeforeHeads(text))
        {
            var head = HeadAt(text, at + 1);
            if (head is null) continue;
            var end = at + 1 + head.Length;
            if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '-')) continue;
            var start = at;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '-')) start--;
            var modifier = text[start..at];
            if (start > 0 && char.IsLetterOrDigit(text[start - 1]) || !IsParadigmModifier(modifier)) continue;
            hits.Add(new ParadigmHit(modifier.ToLowerInvariant() + " RL", start, end - start));
        }
        return hits;
    }

    /// <summary>
    /// The spaces a head may follow, in order. Every head holds "RL" (in capitals) or "reinforcement
    /// learning", at its start or after "deep ": two searches rather than a look after every space.
    /// </summary>
    private static List<int> SpacesBeforeHeads(string text)
    {
        var spaces = new List<int>();
        foreach (var (word, comparison) in HeadWords)
        {
            for (var at = text.IndexOf(word, comparison); at >= 0; at = text.IndexOf(word, at + 1, comparison))
            {
                foreach (var start in (ReadOnlySpan<int>)[at, at - "deep ".Length])
                {
                    if (start >= 1 && text[start - 1] == ' ') spaces.Add(start - 1);
                }
            }
        }
        if (spaces.Count < 2) return spaces;
        spaces.Sort();
        return spaces.Distinct().ToList();
    }

    private static readonly (string Word, StringComparison Comparison)[] HeadWords =
        [("RL", StringComparison.Ordinal), ("reinforcement learning", StringComparison.OrdinalIgnoreCase)];

    /// <summary>The head that starts at <paramref name="at"/>, if any; "RL" only in capitals.</summary>
    private static string? HeadAt(string text, int at)
    {
        // Every head starts with an 'r' or a 'd': the test spares comparing the heads at every other word.
        if (text[at] is not ('r' or 'R' or 'd' or 'D')) return null;
        foreach (var h in Heads)
        {
            if (string.Compare(text, at, h, 0, h.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            if (h is "RL" or "deep RL" && string.CompareOrdinal(text, at + h.Length - 2, "RL", 0, 2) != 0) continue;
            return h;
        }
        return null;
    }

    private static bool IsParadigmModifier(string modifier)
    {
        if (modifier.Length < 3 || modifier.Any(char.IsUpper) && !char.IsUpper(modifier[0])) return false;
        var lower = modifier.ToLowerInvariant();
        var dash = lower.LastIndexOf('-');
        return dash > 0 ? HyphenHeads.Contains(lower[(dash + 1)..]) : Modifiers.Contains(lower);
    }
}
