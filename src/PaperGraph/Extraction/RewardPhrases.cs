namespace PaperGraph.Extraction;

/// <summary>
/// A reward concept found in a text: its singular canonical name and where it is. <see cref="Elided"/>
/// is true when the text names it only by its modifier, the noun shared with the next one
/// ("rule-based" in "rule-based and verifiable rewards"): the span is then the whole coordination,
/// which is no wording of the name.
/// </summary>
internal readonly record struct RewardHit(string Name, int Start, int Length, bool Elided = false);

/// <summary>
/// Reward concepts named by a modifier before "reward(s)", "reward signal(s)" or "reward function(s)":
/// "tool-use rewards" -> "tool-use reward", "calibration reward", "exploration reward signal" ->
/// "exploration reward". Words that only grade or count ("higher", "final", "the") are no kind of
/// reward (Vocabulary/reward-modifiers.txt). The canonical concepts and their wordings (PRM, process
/// supervision, human preferences) are in the reward lexicon. Immutable.
/// </summary>
internal sealed class RewardPhrases(IReadOnlySet<string> stopModifiers, IReadOnlySet<string> kinds, IReadOnlySet<string> notEntities,
    IReadOnlySet<string>? canonicalKinds = null)
{
    private readonly IReadOnlySet<string> _canonical = canonicalKinds ?? new HashSet<string>();

    private static readonly string[] NominalSuffixes = ["tion", "sion", "ness", "ity", "ance", "ence", "ancy", "ency", "ment"];

    public List<RewardHit> Find(string text)
    {
        var hits = new List<RewardHit>();
        // Scanning for "reward" and reading the word before it is far cheaper than a regex tried at every letter.
        for (var at = text.IndexOf("eward", StringComparison.Ordinal); at > 0; at = text.IndexOf("eward", at + 5, StringComparison.Ordinal))
        {
            var start = at - 1;
            if (text[start] is not ('r' or 'R') || start < 2 || text[start - 1] != ' ') continue;
            var headEnd = HeadEnd(text, at + 5, out var isModel);
            if (headEnd < 0) continue;
            if (KindBefore(text, start - 1, out var modStart) is not { } lower) continue;
            // "sparse binary task-success rewards", "binary correctness reward": canonical kinds before the
            // modifier name the concept ("sparse reward", "binary reward"); the phrase is their wording.
            var leads = LeadingCanonicalKinds(text, modStart);
            if (leads.Count > 0 && !isModel)
            {
                var phraseStart = leads[^1].Start;
                foreach (var lead in leads) hits.Add(new RewardHit(lead.Kind + " reward", phraseStart, headEnd - phraseStart));
                continue;
            }
            if (!isModel && !_canonical.Contains(lower) && QualifierBefore(text, modStart) is { } qualifier)
            {
                hits.Add(new RewardHit(qualifier.Word + " " + lower + " reward", qualifier.Start, headEnd - qualifier.Start));
                continue;
            }
            hits.Add(new RewardHit(lower + " reward" + (isModel ? " model" : ""), modStart, headEnd - modStart));
            if (!isModel) AddCoordinated(text, modStart, headEnd, hits);
        }
        return hits;
    }

    /// <summary>
    /// "outcome and process rewards", "rule-based, format or length rewards": kinds coordinated
    /// before the one next to "reward" share its noun, and each is a reward concept of its own.
    /// </summary>
    private void AddCoordinated(string text, int modStart, int headEnd, List<RewardHit> hits)
    {
        var end = modStart;
        for (var count = 0; count < 4; count++)
        {
            var gap = CoordinationBefore(text, end);
            if (gap < 0 || KindBefore(text, gap, out var start) is not { } lower) return;
            // The span runs to the shared noun: the modifier alone ("rule-based") would be found again
            // wherever the paper uses the word, as if it named the reward there.
            hits.Add(new RewardHit(lower + " reward", start, headEnd - start, Elided: true));
            end = start;
        }
    }

    /// <summary>
    /// The kind of reward named by the word that ends at <paramref name="end"/>, in lower case, and
    /// where the word starts; null when that word is no kind (a grading word, a name, an umbrella term).
    /// </summary>
    private string? KindBefore(string text, int end, out int start)
    {
        start = WordStart(text, end);
        if (start < 0) return null;
        var modifier = text[start..end].Trim('-');
        if (modifier.Length < 2 || !char.IsLetter(modifier[0])) return null;
        var lower = modifier.ToLowerInvariant();
        return stopModifiers.Contains(lower) || IsAcronymOrName(modifier) || notEntities.Contains(lower) || !IsRewardKind(lower) ? null : lower;
    }

    /// <summary>
    /// "a temporal consistency reward", "adaptive semantic rewards", "a continuation fidelity reward": an
    /// adjective (-al, -ive, -ic) or an abstract noun (-tion, -ity, ...) before
    /// the kind is part of the reward's name, unless it only grades ("final", "additional") or is a kind
    /// itself ("intrinsic", "sparse"). Not a hyphenated compound: "verifier-free", "exact-match" describe.
    /// </summary>
    private (string Word, int Start)? QualifierBefore(string text, int modStart)
    {
        var end = modStart - 1;
        if (end < 1 || text[end] != ' ' || WordStart(text, end) is not (var start and >= 0)) return null;
        var word = text[start..end];
        if (!word.All(c => char.IsAsciiLetterLower(c) || c == '-')) return null;
        // Six letters at least: not "give" or "live".
        if (word.Length < 6) return null;
        if (word.Contains('-') || stopModifiers.Contains(word) || notEntities.Contains(word) || _canonical.Contains(word) || kinds.Contains(word)) return null;
        var adjective = word.EndsWith("al", StringComparison.Ordinal) || word.EndsWith("ive", StringComparison.Ordinal) || word.EndsWith("ic", StringComparison.Ordinal);
        // "continuation fidelity reward": an abstract noun before the kind names it too.
        var nominal = NominalSuffixes.Any(s => word.EndsWith(s, StringComparison.Ordinal));
        if (!adjective && !nominal) return null;
        return (word, start);
    }

    /// <summary>Where the word of letters and hyphens ending at <paramref name="end"/> starts; -1 when it is part of a longer token ("R1-", "x_").</summary>
    private static int WordStart(string text, int end)
    {
        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '-')) start--;
        return start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '-') ? -1 : start;
    }

    /// <summary>Where the word before a coordination ending at <paramref name="end"/> ends (" and ", " or ", ", ", ", and "); -1 when there is none.</summary>
    private static int CoordinationBefore(string text, int end)
    {
        foreach (var joint in Joints)
        {
            var at = end - joint.Length;
            if (at > 0 && string.CompareOrdinal(text, at, joint, 0, joint.Length) == 0 && char.IsLetter(text[at - 1])) return at;
        }
        return -1;
    }

    // Longest first, so ", and " is not read as " and " after a word ending in a comma.
    private static readonly string[] Joints = [", and ", ", or ", " and ", " or ", ", "];

    /// <summary>The canonical kinds ("sparse", "binary") standing right before a modifier, nearest first.</summary>
    private List<(string Kind, int Start)> LeadingCanonicalKinds(string text, int modStart)
    {
        var leads = new List<(string, int)>();
        var end = modStart - 1;
        while (leads.Count < 3 && end > 0 && text[end] == ' ')
        {
            var start = end;
            while (start > 0 && char.IsLetter(text[start - 1])) start--;
            var word = text[start..end].ToLowerInvariant();
            if (!_canonical.Contains(word)) break;
            leads.Add((word, start));
            end = start - 1;
        }
        return leads;
    }

    /// <summary>Where "reward(s)", "reward signal(s)", "reward function(s)" or "reward model(s)" ends; -1 when the word goes on ("rewarding").</summary>
    private static int HeadEnd(string text, int i, out bool isModel)
    {
        isModel = false;
        if (i < text.Length && text[i] == 's') i++;
        if (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-')) return -1;
        foreach (var tail in RewardTails)
        {
            if (string.CompareOrdinal(text, i, tail, 0, tail.Length) != 0) continue;
            var end = i + tail.Length;
            if (end < text.Length && text[end] == 's') end++;
            if (end < text.Length && char.IsLetterOrDigit(text[end])) continue;
            isModel = tail == " model";
            return end;
        }
        return i;
    }

    private static readonly string[] RewardTails = [" signal", " function", " model"];

    /// <summary>
    /// A listed kind, an abstract noun ("calibration", "consistency"), or a hyphenated modifier whose
    /// head is either or a listed suffix ("tool-use", "loss-reduction", "rule-based").
    /// </summary>
    private bool IsRewardKind(string lower)
    {
        var dash = lower.LastIndexOf('-');
        if (dash > 0) return kinds.Contains(lower[dash..]) || IsKindWord(lower[(dash + 1)..]) && !lower[..dash].EndsWith("ly", StringComparison.Ordinal);
        return IsKindWord(lower);
    }

    private bool IsKindWord(string lower) =>
        kinds.Contains(lower) || NominalSuffixes.Any(s => lower.EndsWith(s, StringComparison.Ordinal) && lower.Length > s.Length + 2);

    /// <summary>"GRPO rewards", "Qwen reward": a name, not a kind of reward.</summary>
    private static bool IsAcronymOrName(string modifier) => modifier.Skip(1).Any(char.IsUpper) || modifier.Any(char.IsDigit);
}
