using PaperGraph.Extraction;
using PaperGraph.Graph;

namespace PaperGraph.Tests.Extraction;

public sealed class LexiconMatcherTests
{
    private static readonly LexiconMatcher Matcher = new(
    [
        new LexiconEntry(NodeLabel.Benchmark, "MMLU", []),
        new LexiconEntry(NodeLabel.Benchmark, "MATH", []),
        new LexiconEntry(NodeLabel.Method, "chain-of-thought", ["CoT"]),
        new LexiconEntry(NodeLabel.Reward, "verifiable reward", []),
        new LexiconEntry(NodeLabel.Method, "RLVR", ["reinforcement learning with verifiable rewards"]),
        new LexiconEntry(NodeLabel.Model, "FLUX.1-dev", []),
    ]);

    private static List<string> Names(string text) =>
        Matcher.Find(text).Select(h => h.Entry.Name).ToList();

    [Fact]
    public void Find_SpellingVariants_MatchTheSameEntry()
    {
        Assert.Equal(["chain-of-thought", "chain-of-thought", "chain-of-thought"], Names("Chain of thought, chain-of-thought and CoT."));
    }

    [Fact]
    public void Find_VersionAfterACapitalAndAFullStop_IsPartOfTheName()
    {
        Assert.Equal(["FLUX.1-dev", "MATH"], Names("Applied to FLUX.1-dev, it also helps on MATH. 1 more."));
    }

    [Fact]
    public void Find_Plural_MatchesTheSingularName()
    {
        Assert.Equal(["verifiable reward"], Names("It learns from verifiable rewards only."));
    }

    [Fact]
    public void Find_LongestNameWins_OverTheNamesInsideIt()
    {
        Assert.Equal(["RLVR"], Names("We use reinforcement learning with verifiable rewards here."));
    }

    [Fact]
    public void Find_NameInsideALongerHyphenatedName_IsNotMatched()
    {
        Assert.Empty(Names("Scores on MMLU-Redux improve."));
    }

    [Theory]
    [InlineData("It proves 58.5% of MMLU-test at pass@32.", "MMLU")]
    [InlineData("Accuracy on MMLU-valid rises.", "MMLU")]
    // Not a method's: "RLVR-test" is no split of a method.
    [InlineData("We run the RLVR-test suite.", null)]
    public void Find_BenchmarkFollowedByItsSplit_IsThatBenchmark(string text, string? expected)
    {
        Assert.Equal(expected is null ? [] : [expected], Names(text));
    }

    [Fact]
    public void Find_OneWordCapitalisedName_MatchesOnlyAsWritten()
    {
        Assert.Equal(["MATH"], Names("Math skills improve on MATH."));
    }
}
