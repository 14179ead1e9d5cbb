using PaperGraph.Extraction;

namespace PaperGraph.Tests.Extraction;

public sealed class AcronymFinderTests
{
    [Fact]
    public void Find_LongFormThenAcronym_PairsThemAndPointsAtTheAcronym()
    {
        const string text = "We introduce Reinforcement Learning on Pre-Training data (RLPT), a new paradigm.";

        var d = Assert.Single(AcronymFinder.Find(text));

        Assert.Equal("RLPT", d.Short);
        Assert.Equal("Reinforcement Learning on Pre-Training data", d.Long);
        Assert.Equal("RLPT", text.Substring(d.ShortStart, d.Short.Length));
        Assert.Equal(d.Long, text.Substring(d.LongStart, d.Long.Length));
    }

    [Fact]
    public void Find_AcronymThenLongForm_PairsThem()
    {
        const string text = "This paper describes RLCR (Reinforcement Learning with Calibration Rewards), an approach.";

        var d = Assert.Single(AcronymFinder.Find(text));

        Assert.Equal("RLCR", d.Short);
        Assert.Equal("Reinforcement Learning with Calibration Rewards", d.Long);
        Assert.Equal("RLCR", text.Substring(d.ShortStart, d.Short.Length));
    }

    [Theory]
    [InlineData("We propose OHVL, short for Offline Hierarchical Value Learning, which learns a critic.")]
    [InlineData("We propose OHVL, short for Offline Hierarchical Value Learning which learns a critic.")]
    [InlineData("We propose OHVL (short for Offline Hierarchical Value Learning), which learns a critic.")]
    [InlineData("We propose Offline Hierarchical Value Learning (OHVL for short), which learns a critic.")]
    [InlineData("We propose Offline Hierarchical Value Learning, abbreviated OHVL, which learns a critic.")]
    [InlineData("We propose Offline Hierarchical Value Learning, abbreviated as OHVL, which learns a critic.")]
    [InlineData("We propose Offline Hierarchical Value Learning (abbreviated as OHVL), which learns a critic.")]
    [InlineData("We propose Offline Hierarchical Value Learning, hereafter OHVL, which learns a critic.")]
    [InlineData("We propose Offline Hierarchical Value Learning, or OHVL, which learns a critic.")]
    public void Find_AcronymSpeltOut_PairsItWithTheWordsThatSpellIt(string text)
    {
        var d = Assert.Single(AcronymFinder.Find(text));

        Assert.Equal(("OHVL", "Offline Hierarchical Value Learning"), (d.Short, d.Long));
        Assert.Equal("OHVL", text.Substring(d.ShortStart, d.Short.Length));
        Assert.Equal(d.Long, text.Substring(d.LongStart, d.Long.Length));
    }

    [Theory]
    [InlineData("The PPO, short for the usual baseline here, is used.")]
    [InlineData("The usual baseline here, abbreviated PPO, is used.")]
    // "or" between two names, not naming the phrase before it.
    [InlineData("We train with Proximal Policy Optimization, or GRPO with a value head.")]
    public void Find_ShortForWordsThatDoNotSpellIt_IsNoDefinition(string text)
    {
        Assert.Empty(AcronymFinder.Find(text));
    }

    [Fact]
    public void Find_OnlyTheWordsThatSpellTheAcronym_BecomeTheLongForm()
    {
        var d = Assert.Single(AcronymFinder.Find("Existing methods such as Group Relative Policy Optimization (GRPO) are costly."));

        Assert.Equal("Group Relative Policy Optimization", d.Long);
    }

    [Fact]
    public void Find_MixedCaseShortForm_MatchesLettersInsideWords()
    {
        var d = Assert.Single(AcronymFinder.Find("We apply prior prompt engineering (pPE) before training."));

        Assert.Equal("pPE", d.Short);
        Assert.Equal("prior prompt engineering", d.Long);
    }

    [Theory]
    [InlineData("Accuracy rises by 12% (Table 1) on average.")]
    [InlineData("Results hold across seeds (see Appendix B for details).")]
    [InlineData("The method is efficient (e.g., 2x faster).")]
    public void Find_ParenthesesThatDefineNothing_FindsNoDefinition(string text)
    {
        Assert.Empty(AcronymFinder.Find(text));
    }

    [Fact]
    public void Find_NamelyInsideTheParentheses_StillDefinesTheAcronym()
    {
        var d = Assert.Single(AcronymFinder.Find("This paper proposes a Prior Constraints-based Reward Model (namely PCRM) training method."));

        Assert.Equal("PCRM", d.Short);
        Assert.Equal("Prior Constraints-based Reward Model", d.Long);
    }
}
