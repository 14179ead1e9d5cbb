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
    [InlineData("TTRL uses the same majority-vote reward without filtering.", "majority-vote reward")]
    [InlineData("Each domain is paid a loss-reduction reward equal to the drop in loss.", "loss-reduction reward")]
    [InlineData("This reader-gain reward needs no labels.", "reader-gain reward")]
    [InlineData("It is combined with a language-consistency reward that penalises switching.", "language-consistency reward")]
    [InlineData("CallWise adds a call-cost reward that charges each tool call.", "call-cost reward")]
    [InlineData("Stage one uses a test-pass-rate reward.", "test-pass-rate reward")]
    [InlineData("Policies are trained with PPO using a velocity-tracking reward.", "velocity-tracking reward")]
    [InlineData("An evidence-recall reward credits each gold passage retrieved.", "evidence-recall reward")]
    // An adjective before the kind is part of the name; a grading word, a kind or a hyphenated description is not.
    [InlineData("We add a temporal consistency reward computed on optical flow.", "temporal consistency reward")]
    [InlineData("ARMed uses adaptive semantic rewards.", "adaptive semantic reward")]
    [InlineData("Each prediction earns a continuation fidelity reward.", "continuation fidelity reward")]
    [InlineData("We keep the additional consistency reward small.", "consistency reward")]
    [InlineData("A verifier-free consistency reward is used.", "consistency reward")]
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

    [Theory]
    [InlineData("CRPO integrates rule-based and verifiable reward signals.", new[] { "rule-based reward", "verifiable reward" })]
    [InlineData("We combine outcome, format, and process rewards.", new[] { "format reward", "outcome reward", "process reward" })]
    [InlineData("It mixes accuracy or length rewards.", new[] { "accuracy reward", "length reward" })]
    [InlineData("It earns higher and final rewards.", new string[0])]
    [InlineData("We compare GRPO and process rewards.", new[] { "process reward" })]
    public void Find_KindsCoordinatedBeforeReward_AreEachAConcept(string text, string[] expected)
    {
        var hits = Phrases.Find(text);

        Assert.Equal(expected, hits.Select(h => h.Name).Order().ToArray());
        // The coordinated ones are written as their modifier alone: the hit says so, and spans from it to the shared noun.
        Assert.All(hits.Where(h => h.Elided), h =>
        {
            var span = text.Substring(h.Start, h.Length);
            Assert.StartsWith(h.Name[..^" reward".Length], span, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(" reward", span, StringComparison.Ordinal);
        });
        Assert.Equal(Math.Max(0, expected.Length - 1), hits.Count(h => h.Elided));
    }

    [Theory]
    [InlineData("It uses only sparse binary task-success rewards.", new[] { "binary reward", "sparse reward" })]
    [InlineData("SPARC keeps the binary correctness reward of RLVR.", new[] { "binary reward" })]
    [InlineData("It keeps the textual correctness reward.", new[] { "correctness reward" })]
    public void Find_CanonicalKindsBeforeAModifier_NameTheConcept(string text, string[] expected)
    {
        var phrases = new RewardPhrases(ExtractionVocabulary.Shipped.RewardStopModifiers, ExtractionVocabulary.Shipped.RewardKinds,
            ExtractionVocabulary.Shipped.NotEntities, new HashSet<string> { "sparse", "binary", "dense" });

        Assert.Equal(expected, phrases.Find(text).Select(h => h.Name).Order().ToArray());
    }
}
