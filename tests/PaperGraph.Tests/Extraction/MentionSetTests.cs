using PaperGraph.Extraction;
using PaperGraph.Graph;

namespace PaperGraph.Tests.Extraction;

public sealed class MentionSetTests
{
    private static readonly Sentence First = new(0, "We train Qwen2.5-7B with Group Relative Policy Optimization (GRPO).");

    [Fact]
    public void Surfaces_AfterAnAddOrARelabel_ShowTheChange()
    {
        var mentions = new MentionSet("p1");
        mentions.Add(NodeLabel.Method, "GRPO", "GRPO", First, 62, 4, Confidence.Cue);
        var before = mentions.Surfaces();

        mentions.Add(NodeLabel.Model, "GRPO", "Group Relative Policy Optimization", First, 27, 34, Confidence.Definition);
        var after = mentions.Surfaces();

        // The surface read is an alias even when it is the name, so "GRPO" comes as an alias and as the name.
        Assert.Equal([new Surface("GRPO", "GRPO", NodeLabel.Method, Confidence.Cue), new Surface("GRPO", "GRPO", NodeLabel.Method, Confidence.Cue)], before);
        Assert.Equal(["GRPO", "GRPO", "Group Relative Policy Optimization"], after.Select(s => s.Text).Order(StringComparer.Ordinal));
        Assert.All(after, s => Assert.Equal(("GRPO", NodeLabel.Model, Confidence.Definition), (s.Name, s.Label, s.Confidence)));
    }

    [Fact]
    public void Surfaces_WithNoChangeBetween_AreTheSameSnapshot_AndAProposalChangesNone()
    {
        var mentions = new MentionSet("p1");
        mentions.Add(NodeLabel.Model, "Qwen2.5-7B", "Qwen2.5-7B", First, 9, 10, Confidence.Definition);
        var first = mentions.Surfaces();

        mentions.Propose("Qwen2.5-7B");

        Assert.Same(first, mentions.Surfaces());
        mentions.Imply(NodeLabel.Reward, "verifiable reward", "Qwen2.5-7B");
        Assert.Contains(mentions.Surfaces(), s => s.Name == "verifiable reward");
    }
}
