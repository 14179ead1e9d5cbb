using PaperGraph.Extraction;
using PaperGraph.Graph;

namespace PaperGraph.Tests.Extraction;

public sealed class CoinedNameFinderTests
{
    private static readonly CoinedNameFinder Finder = new(ExtractionVocabulary.Shipped);

    [Theory]
    [InlineData("RLP: Reinforcement as a Pretraining Objective", "RLP")]
    [InlineData("Robo-Dopamine: General Process Reward Modeling", "Robo-Dopamine")]
    [InlineData("R^3: Learning Reasoning through Reverse Curriculum RL", "R^3")]
    public void TitleName_CoinedPrefix_IsTheName(string title, string expected)
    {
        Assert.Equal(expected, CoinedNameFinder.TitleName(title, "We study it."));
    }

    [Theory]
    [InlineData("Survey: Reinforcement Learning for Language Models")]
    [InlineData("Reinforcement Learning on Pre-Training Data")]
    [InlineData("Baselines Matter: Quantile Baselines for Critic-Free Policy Gradients")]
    public void TitleName_PlainWordsOrNoColon_IsNull(string title)
    {
        Assert.Null(CoinedNameFinder.TitleName(title, "We propose QuRE, which replaces the mean baseline."));
    }

    [Theory]
    [InlineData("Charter: Inducing Constitutions from Disagreements", "Unlike Constitutional AI, Charter learns them.", "Charter")]
    // Only at a sentence's start, where any word takes a capital.
    [InlineData("Position: Agents Need Memory", "Position papers argue. We do too.", null)]
    [InlineData("Position: Agents Need Memory", "We argue that agents need memory.", null)]
    public void TitleName_OnePlainWord_IsANameWhenTheAbstractWritesItInsideASentence(string title, string abstractText, string? expected)
    {
        Assert.Equal(expected, CoinedNameFinder.TitleName(title, abstractText));
    }

    [Theory]
    // A model named after a method is one trained with it.
    [InlineData("Compared with the baseline, the Cloze-RL model gains 6.8 points.", "Cloze-RL", null)]
    // The noun ends a prepositional phrase, not an apposition.
    [InlineData("With PickScore as the reward, DenseDiffX fine-tunes Stable Diffusion faster.", "DenseDiffX", null)]
    [InlineData("On the LIBERO benchmark, V-Steer raises the success rate.", "V-Steer", null)]
    [InlineData("Across six math benchmarks, TALON improves accuracy.", "TALON", null)]
    // A noun after a name is that name's: "the Atari 100k benchmark".
    [InlineData("On the Atari 100k benchmark TESSERA reaches a median of 0.71.", "TESSERA", null)]
    // An apposition still types the name.
    [InlineData("We build a new reward model, StepJudge, from scratch.", "StepJudge", NodeLabel.Reward)]
    // Plural, the models of a family.
    [InlineData("We release the series of TeleChat models today.", "TeleChat", NodeLabel.Model)]
    [InlineData("We release Corvid-Math, a series of 1.5B and 7B models for competition mathematics.", "Corvid-Math", NodeLabel.Model)]
    // A naming clause names its phrase's head, not the noun its preposition adds; a collective's nouns are after its "of".
    [InlineData("We propose a reinforced fine-tuning approach for VLA models, named KestRFT, to address this.", "KestRFT", NodeLabel.Method)]
    [InlineData("We introduce a diffusion model for paragraph-to-image generation task, termed ParaGen, which reads text.", "ParaGen", NodeLabel.Model)]
    [InlineData("We present a large-scale preference dataset comprising 40 million preference pairs, named PrefSet-40M.", "PrefSet-40M", NodeLabel.Benchmark)]
    [InlineData("They belong to a family of loss functions for alignment, called FOLDs here.", "FOLDs", null)]
    // A passive naming says it as plainly.
    [InlineData("The student models are named MiniStudent.", "MiniStudent", NodeLabel.Model)]
    public void LabelFromContext_OnlyNounsThatSayWhatTheNameIs_TypeIt(string sentence, string name, NodeLabel? label)
    {
        var at = sentence.IndexOf(name, StringComparison.Ordinal);

        Assert.Equal(label, Finder.LabelFromContext(sentence, at, at + name.Length));
    }

    [Fact]
    public void TitleName_PlainWordsTheAbstractNamesToo_IsTheName()
    {
        Assert.Equal("Behavior Injection", CoinedNameFinder.TitleName("Behavior Injection: Preparing Language Models for RL", "We propose behavior injection, a data augmentation scheme."));
    }

    [Theory]
    [InlineData("We propose SPRINT, a scalable offline policy pre-training approach which reduces effort.", "SPRINT", NodeLabel.Method)]
    [InlineData("We introduce AdvancedIF, a comprehensive benchmark featuring 1,600 prompts.", "AdvancedIF", NodeLabel.Benchmark)]
    [InlineData("We present Replay-GRPO, an off-policy extension that reuses rollouts.", "Replay-GRPO", NodeLabel.Method)]
    [InlineData("At its core is the GenRM reward model, trained on preferences.", "GenRM", NodeLabel.Reward)]
    [InlineData("We propose PrefBERT, a scoring model for evaluating long-form generation in GRPO.", "PrefBERT", NodeLabel.Reward)]
    [InlineData("We train HelpPM, a preference model over response pairs.", "HelpPM", NodeLabel.Reward)]
    [InlineData("Our model, called RPTx, is a Transformer.", "RPTx", NodeLabel.Model)]
    // A noun that names it outright ("framework, termed") outranks the clause after it.
    [InlineData("In our framework, termed PSSPx, a single policy alternates between two roles.", "PSSPx", NodeLabel.Method)]
    // The last head noun of the phrase decides: an architecture, whatever it is built of.
    [InlineData("We introduce UniTok-DT, a decision transformer architecture that shares one tokenizer.", "UniTok-DT", NodeLabel.Method)]
    public void Find_NameTypedByItsHeadNoun_GetsThatLabel(string sentence, string name, NodeLabel label)
    {
        var hit = Assert.Single(Finder.Find(sentence), h => h.Name == name);

        Assert.Equal(label, hit.Label);
    }

    [Theory]
    [InlineData("Despite these advances, CosyVoice 2 exhibits limits.", "CosyVoice 2")]
    [InlineData("We present Hunyuan3D 2.0, a 3D synthesis system.", "Hunyuan3D 2.0")]
    [InlineData("Remarkably, LLaDA 8B is competitive with strong LLMs.", "LLaDA 8B")]
    [InlineData("It beats PrefBERT 4.5 points on average.", "PrefBERT")]
    [InlineData("It scores ZetaRM 2024 wins.", "ZetaRM")]
    [InlineData("The gain is RePO 3% higher.", "RePO")]
    public void Find_VersionOrSizeAfterASpace_IsPartOfTheName_AScoreIsNot(string sentence, string name)
    {
        var hit = Assert.Single(Finder.Find(sentence));

        Assert.Equal(name, hit.Name);
        Assert.Equal(name, sentence.Substring(hit.Start, hit.Length));
    }

    [Theory]
    [InlineData("Large-Scale")]
    [InlineData("RL-based")]
    [InlineData("zero-RL")]
    [InlineData("Transformer")]
    public void LooksCoined_DescriptiveWords_AreNotNames(string word)
    {
        Assert.False(CoinedNameFinder.LooksCoined(word));
    }

    [Theory]
    [InlineData("PretrainZero")]
    [InlineData("TP-GRPO")]
    [InlineData("ReST-MCTS*")]
    [InlineData("L2M")]
    [InlineData("pPE")]
    public void LooksCoined_CoinedNames_AreNames(string word)
    {
        Assert.True(CoinedNameFinder.LooksCoined(word));
    }
}
