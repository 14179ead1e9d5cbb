using PaperGraph.Extraction;

namespace PaperGraph.Tests.Extraction;

public sealed class ParadigmPhrasesTests
{
    [Theory]
    [InlineData("We study reward-free reinforcement learning in robots.", "reward-free RL")]
    [InlineData("Goal-conditioned RL learns reaching.", "goal-conditioned RL")]
    [InlineData("A human-in-the-loop RL system fixes errors.", "human-in-the-loop RL")]
    [InlineData("It builds on hierarchical deep reinforcement learning.", "hierarchical RL")]
    public void Find_KindOfRl_GivesTheCanonicalParadigm(string text, string expected)
    {
        var hit = Assert.Single(ParadigmPhrases.Find(text));

        Assert.Equal(expected, hit.Name);
    }

    [Fact]
    public void Find_SeveralHeadsAndSpellings_FindsEachInOrder()
    {
        var hits = ParadigmPhrases.Find("Offline deep RL, online Deep Reinforcement Learning and safe RL RL meet inverse  reinforcement learning.");

        Assert.Equal(["offline RL", "online RL", "safe RL"], hits.Select(h => h.Name));
        Assert.Equal([0, 17, 56], hits.Select(h => h.Start));
    }

    [Theory]
    [InlineData("Large-scale RL improves reasoning.")]
    [InlineData("We apply RL to language models.")]
    [InlineData("Image-based RL is hard.")]
    [InlineData("Offline RLHF data is noisy.")]
    public void Find_UmbrellaOrSettingOnly_IsNoParadigm(string text)
    {
        Assert.Empty(ParadigmPhrases.Find(text));
    }
}
