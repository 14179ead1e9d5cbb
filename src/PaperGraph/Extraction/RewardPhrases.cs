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
internal sealed partial class RewardPhrases(IReadOnlySet<string> stopModifiers, IReadOnlySet<string> notEntities)
{
    public List<RewardHit> Find(string text)
    {
        var hits = new List<RewardHit>();
        foreach (Match m in ModifiedReward().Matches(text))
        {
            var modifier = m.Groups["mod"].Value;
            var lower = modifier.ToLowerInvariant();
            if (stopModifiers.Contains(lower) || IsAcronymOrName(modifier) || lower.EndsWith("ly", StringComparison.Ordinal)) continue;
            if (lower.Split('-').Any(stopModifiers.Contains) && !lower.Contains('-', StringComparison.Ordinal)) continue;
            if (notEntities.Contains(lower)) continue;
            var name = lower + " reward" + (m.Groups["model"].Success ? " model" : "");
            hits.Add(new RewardHit(name, m.Index, m.Length));
        }
        return hits;
    }

    /// <summary>"GRPO rewards", "Qwen reward": a name, not a kind of reward.</summary>
    private static bool IsAcronymOrName(string modifier) => modifier.Skip(1).Any(char.IsUpper) || modifier.Any(char.IsDigit);

    [GeneratedRegex(@"(?<![\w\-])(?<mod>[A-Za-z][a-z]*(?:-[A-Za-z][a-z]*)*)\s(?:rewards?|reward signals?|reward functions?|(?<model>reward models?))(?![\w\-])")]
    private static partial Regex ModifiedReward();
}
