namespace PaperGraph.Resolution;

/// <summary>
/// The form of a long form that decides whether two definitions of an acronym mean the same thing:
/// normalised, function words dropped, each word singular. "Reinforcement Learning with Verifiable
/// Rewards" and "reinforcement learning from verifiable reward" share one key; "Relational Pre-trained
/// Transformer" and "Reinforcement Post-Training" do not.
/// </summary>
internal static class SenseKey
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "with", "from", "for", "on", "of", "via", "using", "by", "in", "to", "as", "through", "and", "under",
    };

    public static string Of(string longForm)
    {
        var words = NameNormaliser.Normalise(longForm).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !FunctionWords.Contains(w))
            // "RL from human feedback" is "reinforcement learning from human feedback".
            .Select(w => w == "rl" ? "reinforcement learning" : w)
            .Select(w => w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w);
        return string.Join(' ', words);
    }
}
