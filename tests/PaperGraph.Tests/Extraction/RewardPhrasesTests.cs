using PaperGraph.Extraction;

namespace PaperGraph.Tests.Extraction;

public sealed class RewardPhrasesTests
{
    private static readonly RewardPhrases Phrases = new(
        ExtractionVocabulary.Shipped.RewardStopModifiers, ExtractionVocabulary.Shipped.RewardKinds, ExtractionVocabulary.Shipped.NotEntities);

    [Theory]
    [InlineData("The agent is trained with tool-use rewards.", "tool-use reward")]
    [InlineData("We add a calibration reward to the objective.", "calibration reward")]
    [InlineData("An exploration reward signal guides search.", "exploration reward")]
    [InlineData("Rule-based rewards check the answer.", "rule-based reward")]
    [InlineData("A binary reward marks success.", "binary reward")]
    public void Find_KindOfReward_GivesTheSingularCanonicalName(string text, string expected)
    {
        var hit = Assert.Single(Phrases.Find(text));

        Assert.Equal(expected, hit.Name);
    }

    [Theory]
    [InlineData("The policy earns higher rewards over time.")]
    [InlineData("We maximize the final reward.")]
    [InlineData("Training the reward model is costly.")]
    [InlineData("GRPO rewards are noisy.")]
    [InlineData("This is rewarding work.")]
    public void Find_WordsThatOnlyGradeOrName_AreNoKindOfReward(string text)
    {
        Assert.Empty(Phrases.Find(text));
    }
}
