using System.Text.RegularExpressions;

namespace PaperGraph.Extraction;

/// <summary>A reward concept found in a text: its singular canonical name and where it is.</summary>
internal readonly record struct RewardHit(string Name, int Start, int Length);

/// <summary>
/// Reward concepts named by a modifier before "reward(s)", "reward signal(s)" or "reward function(s)":
/// "tool-use rewards" -> "tool-use reward", "calibration reward", "exploration reward signal" ->
/// "exploration reward". Words that only grade or count ("higher", "final", "the") are no kind of
/// reward (Vocabulary/reward-modifiers.txt). The canonical concepts and their wordings (PRM, process
/// supervision, human preferences) are in the reward lexicon. Immutable.
/// </summary>
internal sealed partial class RewardPhrases(IReadOnlySet<string> stopModifiers, IReadOnlySet<string> kinds, IReadOnlySet<string> notEntities)
{
    private static readonly string[] NominalSuffixes = ["tion", "sion", "ness", "ity", "ance", "ence", "ment"];

    public List<RewardHit> Find(string text)
    {
        var hits = new List<RewardHit>();
        foreach (Match m in ModifiedReward().Matches(text))
        {
            var modifier = m.Groups["mod"].Value;
            var lower = modifier.ToLowerInvariant();
            if (stopModifiers.Contains(lower) || IsAcronymOrName(modifier) || notEntities.Contains(lower) || !IsRewardKind(lower)) continue;
            var name = lower + " reward" + (m.Groups["model"].Success ? " model" : "");
            hits.Add(new RewardHit(name, m.Index, m.Length));
        }
        return hits;
    }

    /// <summary>A listed kind, a hyphenated modifier with a listed head ("tool-use"), or an abstract noun ("calibration").</summary>
    private bool IsRewardKind(string lower)
    {
        var dash = lower.LastIndexOf('-');
        if (dash > 0) return kinds.Contains(lower[dash..]) || kinds.Contains(lower[(dash + 1)..]) && !lower[..dash].EndsWith("ly", StringComparison.Ordinal);
        return kinds.Contains(lower) || NominalSuffixes.Any(s => lower.EndsWith(s, StringComparison.Ordinal) && lower.Length > s.Length + 2);
    }

    /// <summary>"GRPO rewards", "Qwen reward": a name, not a kind of reward.</summary>
    private static bool IsAcronymOrName(string modifier) => modifier.Skip(1).Any(char.IsUpper) || modifier.Any(char.IsDigit);

    [GeneratedRegex(@"(?<![\w\-])(?<mod>[A-Za-z][a-z]*(?:-[A-Za-z][a-z]*)*)\s(?:rewards?|reward signals?|reward functions?|(?<model>reward models?))(?![\w\-])")]
    private static partial Regex ModifiedReward();
}
