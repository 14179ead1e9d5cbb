using PaperGraph.Extraction;

namespace PaperGraph.Tests.Extraction;

public sealed class BenchmarkCuesTests
{
    [Theory]
    [InlineData("Gains on OlympiadBench hold.", "OlympiadBench")]
    [InlineData("Gains on KOR-Bench hold.", "KOR-Bench")]
    [InlineData("It leads on VL-RewardBench among open models.", "VL-RewardBench")]
    [InlineData("Agents on Long-Horizon-Gym fail.", "Long-Horizon-Gym")]
    [InlineData("It beats GPT-5 on HealthBench Hard today.", "HealthBench Hard")]
    [InlineData("Accuracy on MedQA-USMLE rises.", "MedQA-USMLE")]
    [InlineData("We test on the Multimodal Reward Bench suite.", "Multimodal Reward Bench")]
    [InlineData("It reaches state of the art on VL Reward-Bench today.", "VL Reward-Bench")]
    [InlineData("It leads on the Multimodal RewardBench among open models.", "Multimodal RewardBench")]
    [InlineData("Agents are trained in the Minigrid environment.", "Minigrid")]
    [InlineData("We release the Webscale-RL dataset.", "Webscale-RL")]
    [InlineData("Variants scored 66.6 on MedCalc and 87.1 on MedQA-USMLE.", "MedCalc")]
    [InlineData("It improves pass@1 by 2.1x on CodeElo.", "CodeElo")]
    [InlineData("It gains +12% on HealthBench.", "HealthBench")]
    [InlineData("Rewards on the Human Preference Dataset v2 (HPDv2) rise.", "Human Preference Dataset v2")]
    [InlineData("We report pass@1 on LiveCodeBench v5.", "LiveCodeBench v5")]
    [InlineData("It resolves 31% of SWE-bench Multilingual tasks.", "SWE-bench Multilingual")]
    [InlineData("It reduces unsupported claims per response on LongFact by 38%.", "LongFact")]
    // A score after the name is no version of it.
    [InlineData("On RewardBench it reaches 92.1 overall, and on RM-Bench 79.4.", "RM-Bench")]
    [InlineData("Agents on VisualWebArena 2.0 improve.", "VisualWebArena 2.0")]
    // Where a win is claimed, a coined name after "on".
    [InlineData("ZetaDiff outperforms strong models (SD XL, DeepFloyd IF) on ViLG-300 and ParaPrompts, by far.", "ViLG-300")]
    public void ByShape_BenchmarkName_IsFound(string text, string expected)
    {
        Assert.Contains(BenchmarkCues.ByShape(text), h => h.Name == expected && text.Substring(h.Start, h.Length) == expected);
    }

    [Fact]
    public void ByShape_TitleCaseNameEndingInDataset_IsTheNameBeforeTheNoun_AsWithALowerCaseNoun()
    {
        const string text = "We train on 40 Atari games from the DQN Replay Dataset and the DQN Replay dataset.";

        var hits = BenchmarkCues.ByShape(text).Where(h => h.Name == "DQN Replay").ToArray();

        Assert.Equal(2, hits.Length);
        // The span keeps the noun, so no shorter name inside the dataset's is read there.
        Assert.Equal("DQN Replay Dataset", text.Substring(hits[0].Start, hits[0].Length));
    }

    [Theory]
    [InlineData("Real-World robots learn fast.")]
    [InlineData("The benchmark is hard and the dataset is small.")]
    [InlineData("We use 20 environments in total.")]
    [InlineData("Accuracy rises by 20.0% on STEM tasks.")]
    [InlineData("It trains on 8 GPUs in 3 days on average.")]
    [InlineData("ImgEdit: A Unified Image Editing Dataset and Benchmark")]
    [InlineData("We build an Open Robot Learning Suite for homes.")]
    [InlineData("It outperforms GRPO on average and on hard problems.")]
    public void ByShape_WordsThatOnlyLookLikeBenchmarks_FindsNone(string text)
    {
        Assert.Empty(BenchmarkCues.ByShape(text));
    }

    [Fact]
    public void ListNeighbours_OfAKnownBenchmark_AreTheOtherListMembers()
    {
        const string text = "Results on SuperGPQA, MMLU, ZebraLogic and AIME24 improve by 3 points.";
        var names = NeighboursOf(text, "MMLU");

        Assert.Equal(["AIME24", "SuperGPQA", "ZebraLogic"], names);
    }

    [Theory]
    [InlineData("DAPO-Math-17k", true)]
    [InlineData("Skywork-Reward-Preference-80K", true)]
    [InlineData("OpenR1-Math-2.2k", true)]
    [InlineData("Pythia-160M", false)]
    [InlineData("Qwen2.5-7B", false)]
    [InlineData("17k", false)]
    [InlineData("Math-k", false)]
    public void IsCountedDataset_NameEndingInThousands_IsADataset(string name, bool dataset)
    {
        Assert.Equal(dataset, BenchmarkCues.IsCountedDataset(name));
    }

    [Fact]
    public void ListNeighbours_VersionAtTheSentenceEnd_IsTheVersionWithoutTheFullStop()
    {
        const string text = "We evaluate on AIME25, GPQA-Diamond and LiveCodeBench v6.";
        var names = NeighboursOf(text, "GPQA-Diamond");

        Assert.Equal(["AIME25", "LiveCodeBench v6"], names);
    }

    [Theory]
    // A phrase and the sentence's subject, not a list of two.
    [InlineData("On GPQA-Diamond, VoteRL also yields modest gains.", "GPQA-Diamond", new string[0])]
    // A bare comma inside a list that goes on.
    [InlineData("On GPQA-Diamond, SuperGPQA and MMLU, it gains.", "GPQA-Diamond", new[] { "MMLU", "SuperGPQA" })]
    // A bare comma after a member of a list.
    [InlineData("We report MMLU, GPQA-Diamond, SuperGPQA.", "GPQA-Diamond", new[] { "MMLU", "SuperGPQA" })]
    // A bare comma after a list that "and" ended: a phrase, then the subject.
    [InlineData("Across tasks from Franka Kitchen and Meta-World, HANDOFF raises the rate.", "Meta-World", new[] { "Franka Kitchen" })]
    [InlineData("Across tasks from Franka Kitchen and Meta-World, HANDOFF raises the rate.", "Franka Kitchen", new[] { "Meta-World" })]
    // A sentence's first word before a comma is a capitalised word, not a member; a coined one may be.
    [InlineData("Currently, LiveCodeBench hosts over five hundred problems.", "LiveCodeBench", new string[0])]
    [InlineData("MMLU, GPQA-Diamond and SuperGPQA are hard.", "GPQA-Diamond", new[] { "MMLU", "SuperGPQA" })]
    public void ListNeighbours_AfterABareComma_OnlyInAList(string text, string known, string[] expected)
    {
        var names = NeighboursOf(text, known);

        Assert.Equal(expected, names);
    }

    [Fact]
    public void ListNeighbours_BeforeAMemberWithAnArticle_AreTheOtherListMembers()
    {
        const string text = "On Dark Room, Key-to-Door and the Watermaze environment, NAD matches AD.";
        var names = NeighboursOf(text, "Watermaze");

        Assert.Equal(["Dark Room", "Key-to-Door"], names);
    }

    [Theory]
    [InlineData("Scores on AIME24/25 rise.")]
    [InlineData("With AIME24 & 25 scores of 74.0 and 60.2, it leads.")]
    [InlineData("On AIME24 and 25 it leads.")]
    [InlineData("It leads on AIME24/25.")]
    public void SlashVariants_YearPair_GivesTheSecondYear(string text)
    {
        var hit = Assert.Single(BenchmarkCues.SlashVariants(text));

        Assert.Equal("AIME25", hit.Name);
    }

    [Fact]
    public void SlashVariants_NumbersAfterAnd_AreNoYearPair()
    {
        Assert.Empty(BenchmarkCues.SlashVariants("It scores AIME24 and 25.3% on MATH."));
    }

    /// <summary>The list neighbours of the first <paramref name="known"/> in <paramref name="text"/>, in order.</summary>
    private static string[] NeighboursOf(string text, string known)
    {
        var start = text.IndexOf(known, StringComparison.Ordinal);
        return BenchmarkCues.ListNeighbours(text, start, start + known.Length).Select(h => h.Name).Order().ToArray();
    }
}
