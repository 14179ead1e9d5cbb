using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Resolution;
using static PaperGraph.Tests.Extraction.ExtractionSamples;

namespace PaperGraph.Tests.Extraction;

public sealed class RuleExtractorTests
{
    [Fact]
    public void Extract_TitlePrefix_IsProposedWithTheLabelOfItsApposition()
    {
        var x = Extract("RLP: Reinforcement as a Pretraining Objective",
            "In this paper, we present RLP, an information-driven reinforcement pretraining objective. RLP helps.");

        var rlp = Assert.Single(x.Mentions, m => m.Name == "RLP");
        Assert.Equal(NodeLabel.Method, rlp.Label);
        Assert.Equal(RelationType.Proposes, rlp.Role);
    }

    [Fact]
    public void Extract_TitlePrefixSpeltOutWithAPreposition_HasTheLabelOfTheHeadBeforeIt()
    {
        // "Feedback" ends the long form, but the name is a kind of training, the head before "from".
        var x = Extract("QLTF: Quick Learning from Unit Test Feedback",
            "To this end, we propose QLTF. QLTF refines code models online with unit tests.");

        var qltf = Assert.Single(x.Mentions, m => m.Name == "QLTF");
        Assert.Equal(NodeLabel.Method, qltf.Label);
        Assert.Equal(RelationType.Proposes, qltf.Role);
    }

    [Fact]
    public void Extract_NameAfterAPrepositionPhraseEndingInAHyphenatedNoun_TakesNoLabelFromThatNoun()
    {
        // "over a multi-domain suite, X yields": the suite is the phrase's, not a benchmark X is.
        var x = Extract("Kappa Ladder: Bootstrapping Broad Reasoning from Math",
            "We propose Kappa Ladder, a simple two-stage schedule that first trains on math. Evaluated over a multi-domain suite, Kappa Ladder yields consistent gains.");

        Assert.Equal(NodeLabel.Method, Assert.Single(x.Mentions, m => m.Name == "Kappa Ladder").Label);
    }

    [Fact]
    public void Extract_MethodNamedAfterARewardParadigm_UsesTheParadigmsReward()
    {
        // Not proposed here, so no rule about the paper's own method gives it the reward.
        var x = Extract("A Study of Tool Agents",
            "Tool-RLVR applies reinforcement learning with verifiable rewards (RLVR) to tool-using agents. We study where it fails.");

        Assert.Contains(x.Relations, r => r.Head.Name == "Tool-RLVR" && r.Type == RelationType.UsesReward && r.Tail.Name == "verifiable reward");
    }

    [Fact]
    public void Extract_CoinedNameWithAModelFamilyAsAPart_IsAModel()
    {
        var x = Extract("Real-Time Detection", "We present Zeta-DETR for real-time detection. Zeta-DETR runs at 120 frames per second.");

        Assert.Equal(NodeLabel.Model, Assert.Single(x.Mentions, m => m.Name == "Zeta-DETR").Label);
    }

    [Fact]
    public void Extract_FamiliesPapersNameAlone_AreModels()
    {
        var x = Extract("A Study", "We quantize OPT and Falcon and compare them with Zephyr.");

        Assert.Equal(["Falcon", "OPT", "Zephyr"], x.Mentions.Where(m => m.Label == NodeLabel.Model).Select(m => m.Name).Order().ToArray());
    }

    [Fact]
    public void Extract_DefinitionAfterAPrepositionAndAVerbInIng_TakesTheLongFormsLabel()
    {
        // "training" here is what the paper does, not a noun naming the verifiers.
        var x = Extract("A Study", "We improve test-time search by training step progress verifiers (SPVs) on math problems.");

        Assert.Equal(NodeLabel.Reward, Assert.Single(x.Mentions, m => m.Name == "SPVs").Label);
    }

    [Theory]
    [InlineData("We build HelixBench, a benchmark of 500 protein tasks.", "HelixBench", true)]
    [InlineData("We put forward SPARK, a method for exploration under sparse rewards.", "SPARK", true)]
    [InlineData("We build on TorchLight, a framework for distributed training, and study its stability.", "TorchLight", false)]
    public void Extract_NameAfterBuildOrPutForward_IsProposed(string abstractText, string name, bool proposed)
    {
        var x = Extract("A Study of Things", abstractText);

        Assert.Equal(proposed, x.Mentions.Any(m => m.Name == name && m.Role == RelationType.Proposes));
    }

    [Theory]
    [InlineData("We present MoleFormer for molecule property prediction. MoleFormer reaches 91% accuracy.", "MoleFormer")]
    [InlineData("We present LeapNet for depth estimation. LeapNet runs in real time.", "LeapNet")]
    public void Extract_CoinedNameBuiltLikeAnArchitecture_IsAModel(string abstractText, string name)
    {
        var x = Extract("A Study of Things", abstractText);

        Assert.Equal(NodeLabel.Model, Assert.Single(x.Mentions, m => m.Name == name).Label);
    }

    [Fact]
    public void Extract_WordWithPlusPlus_IsACoinedName_ButCPlusPlusIsNot()
    {
        var x = Extract("Pruning Study", "We propose Zanda++, a pruning method that we implement in C++. Zanda++ is fast.");

        var zanda = Assert.Single(x.Mentions);
        Assert.Equal(("Zanda++", NodeLabel.Method, RelationType.Proposes), (zanda.Name, zanda.Label, zanda.Role));
    }

    [Fact]
    public void Extract_CoinedNameWithAKnownNameAsAPart_HasItsLabel_AsTheLexiconWritesIt()
    {
        var x = Extract("Data Curation",
            "Second, we perform Pre-GRPO: updating on a small set of hard problems. Clip-Decay keeps the entropy up.");

        Assert.Equal(NodeLabel.Method, Assert.Single(x.Mentions, m => m.Name == "Pre-GRPO").Label);
        // "Clip" is not how the lexicon writes CLIP: no label from it.
        Assert.DoesNotContain(x.Mentions, m => m.Name == "Clip-Decay");
    }

    [Fact]
    public void Extract_ModelsATechnicalReportTitleNames_AreProposed_OthersAreNot()
    {
        var x = Extract("Technical Report of Zorblax2, Zorblax2.5 and Q1",
            "We release the Zorblax series of models: Zorblax2, Zorblax2.5, and Q1, trained from Qwen2.5-7B with SFT and GRPO.");

        // The proposal verb's window gives the first name only; the title gives the others.
        Assert.Equal(RelationType.Proposes, Assert.Single(x.Mentions, m => m.Name == "Zorblax2.5").Role);
        Assert.Equal(RelationType.Proposes, Assert.Single(x.Mentions, m => m.Name == "Q1").Role);
        Assert.NotEqual(RelationType.Proposes, Assert.Single(x.Mentions, m => m.Name == "Qwen2.5-7B").Role);
    }

    [Fact]
    public void Extract_CoinedNameBuiltLikeARewardModel_IsAReward_EvenWhenCalledAModel_AHyphenatedPhraseIsNot()
    {
        var x = Extract("Judging Images",
            "As the reward model in PPO it outperforms both Halo-Reward and IXC-9-Reward. Code: Noisy-Rewards-in-Learning-to-Reason. "
            + "We also train VoxRM, a generative model that reasons before it scores.");

        Assert.Equal(NodeLabel.Reward, Assert.Single(x.Mentions, m => m.Name == "VoxRM").Label);
        Assert.Equal(NodeLabel.Reward, Assert.Single(x.Mentions, m => m.Name == "Halo-Reward").Label);
        Assert.Equal(NodeLabel.Reward, Assert.Single(x.Mentions, m => m.Name == "IXC-9-Reward").Label);
        Assert.DoesNotContain(x.Mentions, m => m.Name == "Noisy-Rewards-in-Learning-to-Reason");
    }

    [Fact]
    public void Extract_BradleyTerryModels_AreTheLexiconsRewardModel()
    {
        var x = Extract("Principled Rewards", "Our reward models outperform Bradley-Terry models on RM-Bench.");

        var bt = Assert.Single(x.Mentions, m => m.Name == "Bradley-Terry reward model");
        Assert.Equal(NodeLabel.Reward, bt.Label);
    }

    [Fact]
    public void Extract_AcronymOfATaskOrAMeasure_IsNoEntity_OneOfAMethodIs()
    {
        var x = Extract("Agents That Look",
            "We study visual question answering (VQA) and report the Interquartile Mean (IQM) of returns. "
            + "Our approach, Zoned Value Learning (ZVL), lifts the update-to-data (UTD) ratio.");

        Assert.DoesNotContain(x.Mentions, m => m.Name is "VQA" or "IQM" or "UTD");
        Assert.Equal(NodeLabel.Method, Assert.Single(x.Mentions, m => m.Name == "ZVL").Label);
    }

    [Theory]
    [InlineData("OrbitX: A Scalable Benchmark for Long-Horizon Stitching", "OrbitX holds forty tasks and three robots.", "OrbitX", NodeLabel.Benchmark)]
    [InlineData("VoxJudge: Scoring Responses at Scale", "VoxJudge-7B reads two answers and writes a verdict.", "VoxJudge", NodeLabel.Reward)]
    public void Extract_TitleNameTheAbstractDoesNotType_TakesTheTitlesAppositionOrItsRewardModelShape(string title, string abstractText, string name, NodeLabel label)
    {
        var x = Extract(title, abstractText);

        // "VoxJudge-7B", the title name's one size, is the same reward model: the name is its alias.
        var named = Assert.Single(x.Mentions, m => m.Name == name || m.Aliases.Contains(name));
        Assert.Equal((label, RelationType.Proposes), (named.Label, named.Role));
    }

    [Fact]
    public void Extract_AcronymATitleSpellsOut_IsProposedEvenWhenTheLexiconKnowsIt()
    {
        // ReST is a lexicon name, which running text alone never marks as proposed.
        var x = Extract("Reinforced Self-Training (ReST) for Dialogue Agents",
            "ReST grows a dataset of samples from the policy and improves the policy on it with offline RL, as GRPO does online.");

        Assert.Equal(RelationType.Proposes, Assert.Single(x.Mentions, m => m.Name == "ReST").Role);
        Assert.NotEqual(RelationType.Proposes, Assert.Single(x.Mentions, m => m.Name == "GRPO").Role);
    }

    [Theory]
    [InlineData("Group Relative Policy Optimization", true)]
    [InlineData("Group Relative Policy Optimization: Stable Reasoning at Scale", true)]
    [InlineData("Group Relative Policy Optimization for Molecule Design", false)]
    public void Extract_KnownNameWhoseLongFormIsTheTitle_IsProposed(string title, bool proposed)
    {
        var x = Extract(title, "This paper studies Group Relative Policy Optimization (GRPO) on hard problems. GRPO is stable and cheap.");

        Assert.Equal(proposed, Assert.Single(x.Mentions, m => m.Name == "GRPO").Role == RelationType.Proposes);
    }

    [Fact]
    public void Extract_AcronymSpeltOutAfterTheProposalVerb_IsTheProposedMethodWithItsLongForm()
    {
        var x = Extract("Agents from Logged Interactions",
            "We propose ZHVL, short for Zoned Hierarchical Value Learning, which learns a critic. ZHVL outperforms ILQL.");

        var zhvl = Assert.Single(x.Mentions, m => m.Name == "ZHVL");
        Assert.Equal((NodeLabel.Method, RelationType.Proposes, "Zoned Hierarchical Value Learning"), (zhvl.Label, zhvl.Role, zhvl.LongForm));
    }

    [Fact]
    public void Extract_NameAfterOurWithModifiersAndAHeadNoun_IsProposed()
    {
        var x = Extract("Budgets for Reasoning",
            "Plugging the reward into GRPO gives our training method, ZetaGRPO. Fine-tuning Qwen2.5-7B with ZetaGRPO helps.");

        Assert.Equal(RelationType.Proposes, Assert.Single(x.Mentions, m => m.Name == "ZetaGRPO").Role);
        Assert.NotEqual(RelationType.Proposes, Assert.Single(x.Mentions, m => m.Name == "GRPO").Role);
    }

    [Fact]
    public void Extract_PlainWordRightAfterTheVerb_IsProposedBeforeAKnownNameInItsApposition()
    {
        // "an RLIF method" says what Zephiro is; RLIF is the kind, not the paper's proposal.
        var x = Extract("Learning without Labels",
            "We explore Reinforcement Learning from Internal Feedback (RLIF). We propose Zephiro, an RLIF method that uses confidence as its reward.");

        Assert.Equal((NodeLabel.Method, RelationType.Proposes), Assert.Single(x.Mentions, m => m.Name == "Zephiro") is var z ? (z.Label, z.Role) : default);
        Assert.NotEqual(RelationType.Proposes, Assert.Single(x.Mentions, m => m.Name == "RLIF").Role);
    }

    [Theory]
    [InlineData("Our derived Zorbit-7B models improve code accuracy by 5%, outperforming Qwen-Coder.")]
    [InlineData("Our resulting Zorbit-7B reaches 41% on SWE-bench Verified.")]
    public void Extract_NameAfterOurDerivedOrResulting_IsProposedAndWinsTheComparison(string sentence)
    {
        var x = Extract("Coders that Test Themselves", "We propose Zorro, a reinforcement learning framework for coding. " + sentence);

        Assert.Equal(RelationType.Proposes, Assert.Single(x.Mentions, m => m.Name == "Zorbit-7B").Role);
        if (sentence.Contains("outperforming", StringComparison.Ordinal))
            Assert.Contains(x.Relations, r => r.Head.Name == "Zorbit-7B" && r.Type == RelationType.Outperforms && r.Tail.Name == "Qwen-Coder");
    }

    [Fact]
    public void Extract_SizesListedAfterAModel_AreModelsEvaluatedAndTrainedLikeIt()
    {
        var x = Extract("Zorro: Credit for Agents",
            "We propose Zorro, a reinforcement learning algorithm for agents. We train and evaluate Zorro on ALFWorld, using Qwen2.5-1.5B/3B/7B-Instruct.");

        foreach (var name in new[] { "Qwen2.5-1.5B-Instruct", "Qwen2.5-3B-Instruct", "Qwen2.5-7B-Instruct" })
        {
            Assert.Equal(NodeLabel.Model, Assert.Single(x.Mentions, m => m.Name == name).Label);
            Assert.Contains(x.Relations, r => r.Head.Name == name && r.Type == RelationType.TrainedWith && r.Tail.Name == "Zorro");
        }
    }

    [Fact]
    public void Extract_LongFormWithModifiersJoinedByAnd_TakesTheLabelOfItsHeadNoun()
    {
        var x = Extract("Cheap Detection",
            "We present LEDT (Low-cost and Efficient Detection Transformer), which achieves a new state of the art in real-time detection.");

        Assert.Equal(NodeLabel.Model, Assert.Single(x.Mentions, m => m.Name == "LEDT").Label);
    }

    [Fact]
    public void Extract_OrganisationBeforeItsModel_IsNoEntity()
    {
        var x = Extract("Tools for Reasoning", "Our Zorbit-32B attains 72.5% accuracy, surpassing OpenAI's o1-preview and Google DeepMind's Gemini 1.5 Pro.");

        Assert.DoesNotContain(x.Mentions, m => m.Name is "OpenAI" or "Google DeepMind");
        Assert.Contains(x.Mentions, m => m.Name == "o1-preview" && m.Label == NodeLabel.Model);
    }

    [Fact]
    public void Extract_CoinedNameWithASpacedVersion_IsAModelRelease()
    {
        var x = Extract("Speech in the Wild", "Despite these advances, CosyVoice 2 exhibits limits in language coverage and data volume.");

        Assert.Equal(NodeLabel.Model, Assert.Single(x.Mentions, m => m.Name == "CosyVoice 2").Label);
    }

    [Theory]
    [InlineData("First, we curate a small dataset GSM8K of grade-school problems.", "GSM8K", true)]
    [InlineData("We introduce a new benchmark, GSM8K, of grade-school problems.", "GSM8K", true)]
    [InlineData("We introduce GRPO into video reasoning and evaluate on GSM8K.", "GRPO", false)]
    public void Extract_KnownNameAfterAKindNounTheVerbCreates_IsProposed(string sentence, string name, bool proposed)
    {
        var x = Extract("Small Data for Reasoning", sentence + " It helps.");

        Assert.Equal(proposed, Assert.Single(x.Mentions, m => m.Name == name).Role == RelationType.Proposes);
    }

    [Fact]
    public void Extract_PlainWordLeadingACoinedOneAfterTheVerb_IsOneProposedName()
    {
        var x = Extract("Faster Speech", "We introduce Fast Zorb-TTS, a training-free approach to accelerate the inference of Zorb-TTS.");

        Assert.Equal(RelationType.Proposes, Assert.Single(x.Mentions, m => m.Name == "Fast Zorb-TTS").Role);
        Assert.NotEqual(RelationType.Proposes, Assert.Single(x.Mentions, m => m.Name == "Zorb-TTS").Role);
    }

    [Theory]
    [InlineData("Long-term time-series forecasting (LTTF) matters for planning.", "LTTF")]
    [InlineData("We study vision-and-language navigation (VLN) in homes.", "VLN")]
    public void Extract_AcronymOfATask_IsNoEntity(string sentence, string acronym)
    {
        var x = Extract("Tasks", sentence);

        Assert.DoesNotContain(x.Mentions, m => m.Name == acronym);
    }

    [Fact]
    public void Extract_NameAnEarlierPaperIntroduced_IsNotProposed()
    {
        var x = Extract("Speech in the Wild",
            "In our prior works, we introduced Zorbvoice-2, a streaming speech synthesis model. In this paper, we present Zorbvoice-3, an improved model.");

        Assert.NotEqual(RelationType.Proposes, Assert.Single(x.Mentions, m => m.Name == "Zorbvoice-2").Role);
        Assert.Equal(RelationType.Proposes, Assert.Single(x.Mentions, m => m.Name == "Zorbvoice-3").Role);
    }

    [Theory]
    [InlineData("Zeta models are trained on 75K synthetic instruction data using OSS-Zeta, a novel approach to generate instruction data.", "OSS-Zeta", true)]
    // A Title Case phrase's last word is no name of its own.
    [InlineData("Zeta models are trained with Self Forcing, a novel approach to roll out.", "Forcing", false)]
    public void Extract_NameApposedToANovelThing_IsProposed(string sentence, string name, bool proposed)
    {
        var x = Extract("Code Instruction Data", "Code models need data. " + sentence + " It helps.");

        Assert.Equal(proposed, x.Mentions.Any(m => m.Name == name && m.Role == RelationType.Proposes));
    }

    [Theory]
    [InlineData("We further fine-tune with our long instruction-following LongZeta dataset.", "LongZeta", true)]
    // A known name there is the paper's only when made here.
    [InlineData("We further fine-tune on our cleaned GSM8K dataset.", "GSM8K", false)]
    public void Extract_NameBetweenOurAndTheKindNounItHeads_IsProposed(string sentence, string name, bool proposed)
    {
        var x = Extract("Long Context Tuning", "Long context is costly. We propose a cheap recipe. " + sentence);

        Assert.Equal(proposed, Assert.Single(x.Mentions, m => m.Name == name).Role == RelationType.Proposes);
    }

    [Fact]
    public void Extract_NameAfterWeDerive_IsProposed()
    {
        var x = Extract("Short Reasoning", "Specifically, using GRPO we derive Short Reasoning Models (SRMs), which reason briefly.");

        Assert.Equal(RelationType.Proposes, Assert.Single(x.Mentions, m => m.Name == "SRM" || m.Name == "SRMs").Role);
    }

    [Theory]
    [InlineData("Second, we develop reward shaping to control how long the model thinks.", true)]
    [InlineData("First, we propose reward shaping with language family information, which helps.", false)]
    [InlineData("We ask: how should we develop reward shaping?", false)]
    public void Extract_KnownNameThatIsTheWholeObjectOfAMakingVerb_IsProposed(string sentence, bool proposed)
    {
        var x = Extract("Thinking Budgets", sentence);

        Assert.Equal(proposed, Assert.Single(x.Mentions, m => m.Name == "reward shaping").Role == RelationType.Proposes);
    }

    [Theory]
    [InlineData("To address this issue, we introduce Generalized Knowledge Distillation (GKD).", true)]
    // Brought in to be used, not made.
    [InlineData("To address this issue, we introduce Generalized Knowledge Distillation (GKD) into our training.", false)]
    [InlineData("To address this issue, we introduce Generalized Knowledge Distillation (GKD) to train small models.", false)]
    public void Extract_KnownNameSpelledOutAndDefinedAsAllTheSentenceIntroduces_IsProposed(string sentence, bool proposed)
    {
        var x = Extract("Distilling Language Models", "Small models lag behind large ones. " + sentence + " It trains students on their own outputs.");

        Assert.Equal(proposed, Assert.Single(x.Mentions, m => m.Name == "GKD").Role == RelationType.Proposes);
    }

    [Theory]
    [InlineData("Our weight quantizer, Learnable Zonal Partitioning (LZP), learns non-uniform intervals.", "LZP", true)]
    [InlineData("In our experiments, ZetaRL outperforms the baselines.", "ZetaRL", false)]
    public void Extract_NameApposedToOurSubject_IsProposed(string sentence, string name, bool proposed)
    {
        var x = Extract("Extreme Compression", "Compression of language models is hard. " + sentence);

        Assert.Equal(proposed, x.Mentions.Any(m => m.Name == name && m.Role == RelationType.Proposes));
    }

    [Fact]
    public void Extract_NameAfterDubbedThe_IsProposed()
    {
        var x = Extract("Short Answers", "We propose a length-aware reward, dubbed the Brevity Reward, that gives credit within a budget.");

        Assert.Contains(x.Mentions, m => m.Role == RelationType.Proposes && m.Name.Equals("brevity reward", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Extract_ListAfterBaselinesSuchAs_IsMethods_UnlessShapedAsModels()
    {
        var x = Extract("Short Answers", "It outperforms length-penalty baselines such as Zq1 and ThinkTrim, and baselines like Zorp-7B.");

        Assert.Equal(NodeLabel.Method, Assert.Single(x.Mentions, m => m.Name == "Zq1").Label);
        Assert.Equal(NodeLabel.Method, Assert.Single(x.Mentions, m => m.Name == "ThinkTrim").Label);
        Assert.Equal(NodeLabel.Model, Assert.Single(x.Mentions, m => m.Name == "Zorp-7B").Label);
    }

    [Theory]
    [InlineData("We present a simple recipe for offline fine-tuning, which we call Replay-Tune. Replay-Tune improves sample efficiency.")]
    [InlineData("We derive an estimator for offline fine-tuning, an approach we refer to as Replay-Tune. Replay-Tune improves sample efficiency.")]
    public void Extract_NameAfterWhichWeCall_IsProposed(string abstractText)
    {
        var x = Extract("Better Policies from Replayed Data", abstractText);

        var mention = Assert.Single(x.Mentions, m => m.Name == "Replay-Tune");
        Assert.Equal(RelationType.Proposes, mention.Role);
        Assert.Equal(NodeLabel.Method, mention.Label);
    }

    [Fact]
    public void Extract_ParadigmNamedAfterItsReward_StatesTheReward()
    {
        var x = Extract("A Study of Alignment", "We compare PPO and DPO for RLHF on chat data.");

        var feedback = Assert.Single(x.Mentions, m => m.Name == "human feedback");
        Assert.Equal(NodeLabel.Reward, feedback.Label);
        Assert.Contains("RLHF", feedback.Evidence.Sentence);
        Assert.Contains(x.Relations, r => r.Head.Name == "RLHF" && r.Type == RelationType.UsesReward && r.Tail.Name == "human feedback");
    }

    [Fact]
    public void Extract_TitleNameOfAnUnknownFamily_TakesTheLabelTheAbstractGives()
    {
        var x = Extract("Wide-R1: Towards Wide Thinking via Reinforcement Learning",
            "We propose Wide-R1, the first reinforcement learning (RL) framework that enables wide thinking.");

        var name = Assert.Single(x.Mentions, m => m.Name == "Wide-R1");
        Assert.Equal(NodeLabel.Method, name.Label);
    }

    [Fact]
    public void Extract_TwoWordNounBeforeAName_GivesItsLabel()
    {
        var x = Extract("Judging Answers", "Our reward model, Judge-R2, trained with GRPO, improves accuracy.");

        var judge = Assert.Single(x.Mentions, m => m.Name == "Judge-R2");
        Assert.Equal(NodeLabel.Reward, judge.Label);
    }

    [Fact]
    public void Extract_ModelShapedRewardModelNames_AreRewards()
    {
        var x = Extract("Judging Judges",
            "We score Llama-3.1-8B answers with Skywork-PRM-7B, ArmoRM-Llama3-8B and Nemotron-4-340B-Reward on RM-Bench.");

        Assert.Equal(NodeLabel.Model, Assert.Single(x.Mentions, m => m.Name == "Llama-3.1-8B").Label);
        Assert.All(x.Mentions.Where(m => m.Name is "Skywork-PRM-7B" or "ArmoRM-Llama3-8B" or "Nemotron-4-340B-Reward"),
            m => Assert.Equal(NodeLabel.Reward, m.Label));
        Assert.Equal(3, x.Mentions.Count(m => m.Label == NodeLabel.Reward));
        Assert.Equal(NodeLabel.Benchmark, Assert.Single(x.Mentions, m => m.Name == "RM-Bench").Label);
    }

    [Fact]
    public void Extract_NamesAfterALabelledNounSuchAs_TakeItsLabel()
    {
        var x = Extract("Offline World Models",
            "Methods such as MOPO, MOReL and COMBO penalise uncertainty. Additionally, reward models including LIV and RoboCLIP are brittle.");

        Assert.All(new[] { "MOPO", "MOReL", "COMBO" }, name => Assert.Equal(NodeLabel.Method, Assert.Single(x.Mentions, m => m.Name == name).Label));
        Assert.All(new[] { "LIV", "RoboCLIP" }, name => Assert.Equal(NodeLabel.Reward, Assert.Single(x.Mentions, m => m.Name == name).Label));
        Assert.DoesNotContain(x.Mentions, m => m.Name == "Additionally");
    }

    [Theory]
    [InlineData("Speech models, such as Voicebox, E2 TTS, and F5-TTS, are slow at inference.", new[] { "Voicebox", "F5-TTS" }, new string[0])]
    // Only as a whole list item, and only after "such as" or "including".
    [InlineData("It beats code models on benchmarks, including Python text-to-code generation.", new string[0], new[] { "Python" })]
    [InlineData("It beats speech models like Voicebox, on every test.", new string[0], new[] { "Voicebox" })]
    public void Extract_CapitalisedWordListedAfterALabelledNounSuchAs_IsAName(string sentence, string[] models, string[] none)
    {
        var x = Extract("Fast Speech", "Speech synthesis is slow. " + sentence + " We fix it.");

        Assert.All(models, name => Assert.Equal(NodeLabel.Model, Assert.Single(x.Mentions, m => m.Name == name).Label));
        Assert.All(none, name => Assert.DoesNotContain(x.Mentions, m => m.Name == name));
    }

    [Fact]
    public void Extract_UnknownNamesListedWithAKnownMethod_AreMethods()
    {
        var x = Extract("Bridging Offline and Online RL",
            "Conversely, BRIDGE reaches higher final returns than Cal-QL, AWAC and PPO.");

        Assert.Equal(NodeLabel.Method, Assert.Single(x.Mentions, m => m.Name == "Cal-QL").Label);
        Assert.Equal(NodeLabel.Method, Assert.Single(x.Mentions, m => m.Name == "AWAC").Label);
        Assert.DoesNotContain(x.Mentions, m => m.Name == "Conversely");
    }

    [Fact]
    public void Extract_ProposedNameThatStartsWithAKnownOne_IsProposedWhole()
    {
        var x = Extract("From Rejection Sampling to Reinforce",
            "We propose Reinforce-Rej, a minimal extension of policy gradient that filters samples.");

        var proposed = Assert.Single(x.Mentions, m => m.Name == "Reinforce-Rej");
        Assert.Equal(RelationType.Proposes, proposed.Role);
    }

    [Fact]
    public void Extract_ListAfterALabelledNounAndColon_TakesItsLabel()
    {
        var x = Extract("Technical Report", "We introduce the latest series of TeleChat models: TeleChat2, TeleChat2.5, and T1, offering an upgrade.");

        Assert.All(new[] { "TeleChat2", "TeleChat2.5", "T1" }, name => Assert.Equal(NodeLabel.Model, Assert.Single(x.Mentions, m => m.Name == name).Label));
    }

    [Theory]
    [InlineData("To address this, we introduce Dr. GRPO, an unbiased optimization method.", true)]
    [InlineData("We introduce GRPO (Group Relative Policy Optimization), a critic-free algorithm.", true)]
    [InlineData("We introduce Dr. GRPO into agent training, which removes the length bias.", false)]
    [InlineData("We propose to train with Dr. GRPO, as it is unbiased.", false)]
    public void Extract_KnownNameAfterAProposalVerb_IsProposedOnlyWhenIntroducedAsANewThing(string sentence, bool proposed)
    {
        var x = Extract("Understanding Training", sentence);

        var mention = Assert.Single(x.Mentions, m => m.Name is "Dr. GRPO" or "GRPO");
        Assert.Equal(proposed, mention.Role == RelationType.Proposes);
    }

    [Theory]
    [InlineData("Polychromic Objectives for Reinforcement Learning", "We introduce an objective for policy gradients, which we call a polychromic objective.", "polychromic objective", true)]
    [InlineData("Self-Rewarding Rubric-Based Reinforcement Learning for Open-Ended Reasoning", "Motivated by this, we introduce Self-Rewarding Rubric-Based Reinforcement Learning for Open-Ended Reasoning, a lightweight framework.", "Self-Rewarding Rubric-Based Reinforcement Learning", true)]
    // Named, but not where the paper says what it brings.
    [InlineData("Polychromic Objectives for Reinforcement Learning", "Policies collapse, and a polychromic objective may help against it.", "polychromic objective", false)]
    // A verb opens the title: it says what the paper does, not what it names.
    [InlineData("Training Objectives for Reinforcement Learning", "We propose training objectives that keep diversity.", "training objective", false)]
    public void Extract_TitlesOpeningPhraseNamedAgainAfterAProposalVerb_IsProposed(string title, string abstractText, string name, bool proposed)
    {
        var x = Extract(title, abstractText);

        Assert.Equal(proposed, x.Mentions.Any(m => NameNormaliser.Normalise(m.Name) == NameNormaliser.Normalise(name) && m.Role == RelationType.Proposes));
    }

    [Fact]
    public void Extract_TitlesOpeningPhraseTheLexiconKnows_IsNotProposed()
    {
        var x = Extract("Curriculum Learning for Reasoning Models", "We introduce curriculum learning into the RL fine-tuning of reasoning models.");

        Assert.Equal(RelationType.Mentions, Assert.Single(x.Mentions, m => m.Name == "curriculum learning").Role);
    }

    [Theory]
    [InlineData("These are integrated into a new off-policy RL algorithm, TP-GRPO, which improves training efficiency.", true)]
    // Only a name the paper proposes: a baseline named after a known method says nothing of the paper.
    [InlineData("We compare our reward model with the TP-GRPO baseline on math.", false)]
    public void Extract_ProposedMethodNamedAfterAKnownOne_NamesAndExtendsIt(string sentence, bool extends)
    {
        var x = Extract("Good Learners Think Their Thinking", sentence);

        Assert.Equal(extends, x.Mentions.Any(m => m.Name == "GRPO"));
        Assert.Equal(extends, x.Relations.Any(r => r.Head.Name == "TP-GRPO" && r.Type == RelationType.Extends && r.Tail.Name == "GRPO"));
    }

    [Theory]
    // A title that opens with a name the lexicon knows is that name's paper.
    [InlineData("DAPO: An Open-Source LLM Reinforcement Learning System at Scale", "We release the training code and data of a large-scale RL system.", "DAPO", true)]
    // A known name defined after a proposal verb, with a head noun, is the paper's own.
    [InlineData("An Open-Source LLM Reinforcement Learning System", "We propose the Decoupled Clip and Dynamic sAmpling Policy Optimization (DAPO) algorithm and release a large-scale RL system.", "DAPO", true)]
    // Defined after a proposal verb, but only used.
    [InlineData("Rewards for Math", "We propose a reward that we plug into Group Relative Policy Optimization (GRPO) for training.", "GRPO", false)]
    public void Extract_KnownName_IsProposedOnlyWhenThePaperBringsIt(string title, string abstractText, string name, bool proposed)
    {
        var x = Extract(title, abstractText);

        var mention = Assert.Single(x.Mentions, m => m.Name == name);
        Assert.Equal(proposed, mention.Role == RelationType.Proposes);
    }

    [Fact]
    public void Extract_NameAPaperGivesWithWeName_IsProposedWithTheNounBeforeIt()
    {
        var x = Extract("Reward Code Revised from Failure Videos",
            "We introduce a reward-design loop that we name VidRefine, in which a model watches rollout videos. Policies trained with VidRefine rewards beat Eureka.");

        var name = Assert.Single(x.Mentions, m => m.Name == "VidRefine");
        Assert.Equal(NodeLabel.Method, name.Label);
        Assert.Equal(RelationType.Proposes, name.Role);
    }

    [Theory]
    [InlineData("We propose judge rotation, which cycles labels among three judges.", "judge rotation", true)]
    [InlineData("We propose predictive difficulty filtering, which trains a probe on hidden states.", "predictive difficulty filtering", true)]
    [InlineData("We describe a pretraining scheme, termed hindsight goal tokenization, in which segments are conditioned on goals.", "hindsight goal tokenization", true)]
    // A known name inside the phrase is part of it.
    [InlineData("We propose claim-level reinforcement learning, in which each response is split into claims.", "claim-level reinforcement learning", true)]
    [InlineData("This is what is so-called reward hacking, which hurts.", "reward hacking", false)]
    // An article makes it a description, not a name.
    [InlineData("We propose a new objective, which cycles labels among three judges.", "new objective", false)]
    // Not right after the verb.
    [InlineData("We propose to study judge rotation, which cycles labels.", "judge rotation", false)]
    public void Extract_BareLowerCasePhraseAfterAProposalVerbThenDescribed_IsProposed(string abstractText, string name, bool proposed)
    {
        var x = Extract("A Study", abstractText);

        Assert.Equal(proposed, x.Mentions.Any(m => m.Name == name && m.Role == RelationType.Proposes));
    }

    [Theory]
    [InlineData("FooAgent reaches 44% on WebArena, outperforming WebRL and GPT-4o-based agents.", "WebRL", NodeLabel.Method)]
    [InlineData("FooAgent outperforms ToRL-7B and ReTool trained on the same data.", "ReTool", NodeLabel.Method)]
    [InlineData("Compared with FactTune, which applies DPO to ranked pairs, our approach gains more.", "FactTune", NodeLabel.Method)]
    // A release's variant says model.
    [InlineData("FooAgent resolves 41% of issues, surpassing DeepSWE-Preview.", "DeepSWE-Preview", NodeLabel.Model)]
    public void Extract_UntypedNameThePaperBeats_IsABaseline(string abstractText, string name, NodeLabel label)
    {
        var x = Extract("A Study", abstractText);

        Assert.Equal(label, Assert.Single(x.Mentions, m => m.Name == name).Label);
    }

    [Fact]
    public void Extract_UntypedNameNotBeaten_StaysACandidate()
    {
        var x = Extract("A Study", "Agents trained with WebRL learn fast.");

        Assert.DoesNotContain(x.Mentions, m => m.Name == "WebRL");
        Assert.Contains(x.Candidates, c => c.Surface == "WebRL");
    }

    [Theory]
    [InlineData("We present CiteCheck, a reward model that checks claims. CiteCheck-8B is trained on 60k claims.", NodeLabel.Reward)]
    // A method's size is a model trained with it.
    [InlineData("We propose RePerceive, an extension of GRPO. RePerceive-7B outperforms Qwen2.5-VL-32B-Instruct.", NodeLabel.Model)]
    public void Extract_SizeOfANamedThing_IsARewardOnlyForARewardModel(string abstractText, NodeLabel label)
    {
        var x = Extract("A Study", abstractText);

        Assert.Equal(label, Assert.Single(x.Mentions, m => m.Name.EndsWith("B", StringComparison.Ordinal) && !m.Name.StartsWith("Qwen", StringComparison.Ordinal)).Label);
    }

    [Theory]
    // Built from a known method's name, typed by no noun: the count makes it a dataset.
    [InlineData("We train Qwen2.5-7B with GRPO on the DAPO-Code-9K training set.", "DAPO-Code-9K")]
    // Built from a model family's and a reward model's names.
    [InlineData("The gate is trained on pairwise preferences from Skywork-Reward-Preference-80K.", "Skywork-Reward-Preference-80K")]
    public void Extract_NameEndingInACountOfThousands_IsABenchmark(string abstractText, string name)
    {
        var x = Extract("A Study", abstractText);

        Assert.Equal(NodeLabel.Benchmark, Assert.Single(x.Mentions, m => m.Name == name).Label);
    }

    [Theory]
    // "the trained Qwen model" is Qwen2.5-7B, named before it: no model "Qwen" of its own.
    [InlineData("We train Qwen2.5-7B and Mistral-7B-v0.3 with GRPO. The trained Qwen model solves fewer problems, whereas the Mistral model gains.", "Qwen", false)]
    // No member of the family is named: the family is the model the paper used.
    [InlineData("We evaluate RRHF using LLaMA and Alpaca on Helpful and Harmless data.", "LLaMA", true)]
    public void Extract_FamilyNamedAlone_IsAModelOnlyWhenNoMemberIsNamed(string abstractText, string family, bool kept)
    {
        var x = Extract("A Study", abstractText);

        Assert.Equal(kept, x.Mentions.Any(m => m.Name == family));
    }

    [Fact]
    public void Extract_TitleModelWhoseAbstractReleasesOneSize_IsThatSize()
    {
        var x = Extract("Clinical-R1: Faithful Clinical Reasoning with Clinical-Objective Relative Policy Optimization",
            "Post-training reinforcement learning made DeepSeek-R1 strong. We introduce Clinical-Objective Relative Policy Optimization (CRPO), "
            + "a multi-objective RL method designed to align LLM post-training with clinical principles. To demonstrate its effectiveness, we train Clinical-R1-3B, a 3B-parameter model for clinical reasoning.");

        var model = Assert.Single(x.Mentions, m => m.Label == NodeLabel.Model && m.Name.StartsWith("Clinical", StringComparison.Ordinal));
        Assert.Equal("Clinical-R1-3B", model.Name);
        Assert.Contains("Clinical-R1", model.Aliases);
        Assert.Equal(RelationType.Proposes, model.Role);
        // Still the paper's subject, as the title names it: the one trained with the paper's method.
        Assert.Contains(x.Relations, r => r.Head.Name == "Clinical-R1-3B" && r.Type == RelationType.TrainedWith && r.Tail.Name == "CRPO");
        Assert.DoesNotContain(x.Relations, r => r.Head.Name == "DeepSeek-R1" && r.Type == RelationType.TrainedWith);
    }

    [Theory]
    // The abstract only ever says ForgeCoder-14B: the title's name is that model.
    [InlineData("ForgeCoder: Scaling Unit-Test Rewards", "We introduce ForgeCoder-14B, a coding model fine-tuned with GRPO. ForgeCoder-14B reaches 58.3% on LiveCodeBench.", "ForgeCoder", "ForgeCoder-14B", true)]
    // A reward model's title name and its one size are one reward model.
    [InlineData("StepJudge: Generative Process Reward Models", "We introduce StepJudge, a generative PRM. StepJudge-7B is initialised from Qwen2.5-Math-7B-Instruct.", "StepJudge", "StepJudge-7B", true)]
    // The abstract names the family on its own: the 32B model is one of its members.
    [InlineData("Halcyon-2 Technical Report", "We present Halcyon-2, a family of open-weight language models. Halcyon-2-32B scores 79.2 on AIME 2025.", "Halcyon-2", "Halcyon-2-32B", false)]
    // The abstract proposes RePerceive as a method of its own: the 7B model trained with it is another thing.
    [InlineData("RePerceive: Perception-Grounded RL", "We propose RePerceive, an extension of GRPO. RePerceive-7B outperforms Qwen2.5-VL-32B-Instruct.", "RePerceive", "RePerceive-7B", false)]
    public void Extract_TitleNameAndItsOneSize_AreOneEntityUnlessTheAbstractUsesTheNameAsAMethod(string title, string abstractText, string name, string size, bool one)
    {
        var x = Extract(title, abstractText);

        Assert.Equal(one, x.Mentions.Single(m => m.Name == size).Aliases.Contains(name));
        Assert.Equal(!one, x.Mentions.Any(m => m.Name == name));
    }

    [Fact]
    public void Extract_TitleModelWhoseAbstractNamesSeveralVariants_StaysTheFamily()
    {
        var x = Extract("MiMo: Unlocking the Reasoning Potential of Language Models",
            "We present MiMo-7B, a model born for reasoning. MiMo-7B-Base is pre-trained on 25 trillion tokens, and MiMo-7B-RL is trained with RL.");

        Assert.Contains(x.Mentions, m => m.Name == "MiMo" && m.Label == NodeLabel.Model);
        Assert.Contains(x.Mentions, m => m.Name == "MiMo-7B");
    }

    [Theory]
    [InlineData("Quill-Math 1.0: Open Math Reasoning Models", "This report describes Quill-Math 1.0, a series of open math models. Quill-Math-14B scores 78.4% on AIME 2024.", "Quill-Math-14B", true)]
    // An earlier release of the family, not one of this release's sizes.
    [InlineData("AceReason-Nemotron 1.1: Advancing Reasoning", "We present AceReason-Nemotron 1.1, a 7B model. It outperforms AceReason-Nemotron-1.0-7B on AIME 2024.", "AceReason-Nemotron-1.0-7B", false)]
    public void Extract_SizesOfAVersionedRelease_AreProposedWithIt(string title, string abstractText, string member, bool proposed)
    {
        var x = Extract(title, abstractText);

        Assert.Equal(proposed, Assert.Single(x.Mentions, m => m.Name == member).Role == RelationType.Proposes);
    }

    [Theory]
    [InlineData("Specifically, we use xCOMET, a state-of-the-art quality estimation system, as our token-level reward model.", "xCOMET", NodeLabel.Reward)]
    // The apposition alone: a system is a method.
    [InlineData("Specifically, we compare with xCOMET, a state-of-the-art quality estimation system.", "xCOMET", NodeLabel.Method)]
    // A model used to score is still a model.
    [InlineData("We use GPT-4o as the reward model for open-ended prompts.", "GPT-4o", NodeLabel.Model)]
    public void Extract_NameUsedAsTheReward_IsAReward_UnlessAModel(string sentence, string name, NodeLabel label)
    {
        var x = Extract("Fine-Grained Reward Optimization for Machine Translation", sentence);

        Assert.Equal(label, Assert.Single(x.Mentions, m => m.Name == name).Label);
    }

    [Fact]
    public void Extract_NamesThatOverlapInASentence_AreReadWithoutFailing()
    {
        // Found in a synthetic corpus: a model and a method whose occurrences overlap once made the
        // "model + method" reading take a negative-length gap, which failed the whole build.
        var x = Extract("A State-of-the-Art SQL Reasoning Model using RLVR",
            "Remarkably, with only 7K prompts, Llama-3.1-8B base trained with our RLMT recipe outperforms Llama-3.1-8B-Instruct post-trained with a complex multi-staged pipeline with 25M+ examples.");

        Assert.Contains(x.Relations, r => r.Type == RelationType.TrainedWith && r.Tail.Name == "RLMT");
    }

    [Theory]
    [InlineData("The training algorithms include SFT, DPO, and a novel method we call Reinforcement Learning with Verifiable Rewards (RLVR).", true)]
    [InlineData("The training algorithms include SFT, DPO, and a method called Reinforcement Learning with Verifiable Rewards (RLVR).", false)]
    public void Extract_KnownNameAPaperSaysItCalls_IsProposed(string sentence, bool proposed)
    {
        var x = Extract("TULU 3: Open Post-Training", sentence);

        Assert.Equal(proposed, Assert.Single(x.Mentions, m => m.Name == "RLVR").Role == RelationType.Proposes);
    }

    [Theory]
    [InlineData("CoPO (Consensus Policy Optimization) samples solutions for each question. Trained on NuminaMath, CoPO improves pass@1.", "CoPO", true)]
    [InlineData("Unlabeled questions are hard. Trained on NuminaMath, CoPO (Consensus Policy Optimization) improves pass@1.", "CoPO", false)]
    [InlineData("CoPO (Consensus Policy Optimization) samples solutions. We propose ZetaRL, a new method. CoPO helps.", "CoPO", false)]
    [InlineData("RLAIF replaces human labels with a model's. We find that RLAIF gains little.", "RLAIF", false)]
    [InlineData("Qwen2.5-7B-Instruct learns to search. We find that Qwen2.5-7B-Instruct gains little.", "Qwen2.5-7B-Instruct", false)]
    // Or the new name it trains and then describes; not a known family's model.
    [InlineData("We mine branch points and train LumenPRM-7B, a process reward model initialized from Qwen2.5-Math-7B-Instruct.", "LumenPRM-7B", true)]
    [InlineData("We pretrain AtlasWM, a 240M-parameter recurrent world model, on offline trajectories.", "AtlasWM", true)]
    [InlineData("We train Qwen2.5-7B-Instruct, a strong open model, with GRPO.", "Qwen2.5-7B-Instruct", false)]
    public void Extract_PaperProposingNothingInSoManyWords_ProposesTheNewNameItMakesASubject(string abstractText, string name, bool proposed)
    {
        var x = Extract("Consensus as Supervision", abstractText);

        Assert.Equal(proposed, Assert.Single(x.Mentions, m => m.Name == name).Role == RelationType.Proposes);
    }

    [Theory]
    [InlineData("We train Qwen2.5-VL-7B-Instruct with SpanGRPO. The resulting model, TimeLens-7B, scores 62.3 on Video-MME.", "TimeLens-7B")]
    [InlineData("We add a preference pretraining stage. The resulting Web-pretrained Reward Models (WebRM) are released at 7B.", "WebRM")]
    [InlineData("We train Qwen2.5-VL-3B with SpanGRPO on clicks. The resulting TapZero-3B agent grounds 81% of targets.", "TapZero-3B")]
    [InlineData("We propose a middle ground, which we call Preference Refresh: rejected responses are replaced on policy.", "Preference Refresh")]
    // Beside another proposal: "We develop X. Training on its labels yields Y, a ...".
    [InlineData("We develop a procedure called ConsensusFilter. Training on the filtered labels yields Sieve-PRM-7B, a process reward model.", "Sieve-PRM-7B")]
    public void Extract_NameOfWhatTheWorkResultsInOrIsCalled_IsProposed(string abstractText, string name)
    {
        var x = Extract("Cite the Moment", abstractText);

        Assert.Equal(RelationType.Proposes, Assert.Single(x.Mentions, m => m.Name == name).Role);
    }

    [Fact]
    public void Extract_KindOfRewardNamedAgainWithoutItsAdjective_IsTheSameReward()
    {
        var x = Extract("Consistency", "We fine-tune the model with a temporal consistency reward. Removing the consistency reward hurts.");

        var reward = Assert.Single(x.Mentions, m => m.Label == NodeLabel.Reward);
        Assert.Equal("temporal consistency reward", reward.Name);
    }

    [Fact]
    public void Extract_LowerCasePhraseNamedAfterARewardNoun_IsAProposedReward()
    {
        var x = Extract("Reference-Free Rewards",
            "We add a lightweight back-translation consistency reward, which we call round-trip agreement, that penalizes unfaithful outputs.");

        var named = Assert.Single(x.Mentions, m => m.Name == "round-trip agreement");
        Assert.Equal((NodeLabel.Reward, RelationType.Proposes), (named.Label, named.Role));
    }

    [Theory]
    // A naming verb needs no description after the phrase, only its end.
    [InlineData("Its central component, which we call phase-conditioned curriculum learning, schedules terrain difficulty.", "phase-conditioned curriculum learning", NodeLabel.Method)]
    // A relative clause that opens with a comma still describes it.
    [InlineData("We describe prediction-as-action pretraining, in which, at random positions, the model samples a continuation.", "prediction-as-action pretraining", NodeLabel.Method)]
    // "we call this signal the ...".
    [InlineData("The model is rewarded by similarity to the true text; we call this signal the continuation fidelity reward.", "continuation fidelity reward", NodeLabel.Reward)]
    // A plural reward phrase is the reward, and the kind named before it is the same one.
    [InlineData("We grant the constraint reward only above a reference score, a scheme we call quality-gated constraint rewards.", "quality-gated constraint reward", NodeLabel.Reward)]
    // After "we call the", a capitalised word and "reward"; a named penalty is a reward term.
    [InlineData("We introduce a reward formulation which we call the Quorum reward: the mean of k reward models.", "Quorum reward", NodeLabel.Reward)]
    [InlineData("We turn it into a penalty, termed the latent-distance penalty, that is subtracted from the reward.", "latent-distance penalty", NodeLabel.Reward)]
    public void Extract_LowerCasePhraseAfterANamingVerb_IsProposed(string abstractText, string name, NodeLabel label)
    {
        var x = Extract("Naming", abstractText);

        var named = Assert.Single(x.Mentions, m => m.Name == name);
        Assert.Equal((label, RelationType.Proposes), (named.Label, named.Role));
        Assert.DoesNotContain(x.Mentions, m => m.Name == "constraint reward");
    }

    [Fact]
    public void Extract_PhenomenonThePaperNames_IsNotProposed()
    {
        var x = Extract("Crop, Zoom, Reason",
            "Without it the model issues zoom calls that do not inform its answer, a behaviour which we call decorative tool use, and accuracy drops.");

        Assert.DoesNotContain(x.Mentions, m => m.Name == "decorative tool use");
    }

    [Fact]
    public void Extract_NameAfterTheResultingThingsVerb_IsNotProposed()
    {
        var x = Extract("Reference-Free Rewards", "We fine-tune Tower-7B with GRPO. On WMT23, the resulting model improves COMET by 1.6 points.");

        Assert.DoesNotContain(x.Mentions, m => m.Name == "COMET" && m.Role == RelationType.Proposes);
    }

    [Theory]
    [InlineData("We audit eleven publicly released reward models, including Skywork-Reward-Llama-3.1-8B and ArmoRM-Llama3-8B.", "Skywork-Reward-Llama-3.1-8B")]
    [InlineData("We take the openly released intermediate checkpoints of OLMo-2-7B and apply RLVR to each.", "OLMo-2-7B")]
    public void Extract_NameAfterOthersReleasedWork_IsNotProposed(string abstractText, string name)
    {
        var x = Extract("What Do Reward Models Reward?", abstractText);

        Assert.Equal(RelationType.Mentions, Assert.Single(x.Mentions, m => m.Name == name).Role);
    }

    [Theory]
    [InlineData("We propose ToggleThink. It applies RL with a mode-aware reward that gives full credit for short answers.", "mode-aware reward", true)]
    [InlineData("We propose ToggleThink. It computes a scalar conformance reward that measures alignment with the teacher.", "conformance reward", true)]
    [InlineData("We propose ToggleThink. The policy receives a factuality reward equal to the fraction of supported claims.", "factuality reward", true)]
    [InlineData("We propose ToggleThink. The tester is trained to maximize a discrimination reward, encouraging it to expose faulty code.", "discrimination reward", true)]
    // Named without being defined.
    [InlineData("We propose ToggleThink. It applies RL with a mode-aware reward.", "mode-aware reward", false)]
    // A paper that proposes nothing uses the rewards it defines.
    [InlineData("We study RL with a mode-aware reward that gives full credit for short answers.", "mode-aware reward", false)]
    public void Extract_UnknownRewardBroughtInWithAnArticleThenDefined_IsProposedWithThePapersMethod(string abstractText, string name, bool proposed)
    {
        var x = Extract("Think Only When Needed", abstractText);

        Assert.Equal(proposed, Assert.Single(x.Mentions, m => m.Name == name).Role == RelationType.Proposes);
    }

    [Fact]
    public void Extract_KnownModelInsideALongerModelName_IsPartOfThatName()
    {
        var x = Extract("Dialogue Policies", "Policies initialized from GPT-2 Large are preferred by raters.");

        var model = Assert.Single(x.Mentions, m => m.Label == NodeLabel.Model);
        Assert.Equal("GPT-2 Large", model.Name);
    }

    [Fact]
    public void Extract_KnownMethodInsideADatasetsName_IsPartOfThatName()
    {
        var x = Extract("Stitching", "HRDT is trained on the DQN Replay dataset. It beats DQN.");

        Assert.Equal(NodeLabel.Benchmark, Assert.Single(x.Mentions, m => m.Name == "DQN Replay").Label);
        // Named on its own, the method is still found.
        Assert.Equal(NodeLabel.Method, Assert.Single(x.Mentions, m => m.Name == "DQN").Label);
        Assert.Equal("It beats DQN.", Assert.Single(x.Mentions, m => m.Name == "DQN").Evidence.Sentence);
    }

    [Fact]
    public void Extract_PlainPhraseBeforeAMethodNounAfterAProposalVerb_IsProposed()
    {
        var x = Extract("Efficient Sampling",
            "We introduce two-stage sampling and dynamic sampling approaches to improve efficiency. "
            + "We first introduce a dynamic token budget mechanism. We further introduce a capability-adaptive reward mechanism. "
            + "We propose a novel method that works. We introduce four key techniques of our algorithm.");

        foreach (var name in new[] { "two-stage sampling", "dynamic sampling", "dynamic token budget" })
        {
            var mention = Assert.Single(x.Mentions, m => m.Name == name);
            Assert.Equal(NodeLabel.Method, mention.Label);
            Assert.Equal(RelationType.Proposes, mention.Role);
        }
        Assert.Equal(NodeLabel.Reward, Assert.Single(x.Mentions, m => m.Name == "capability-adaptive reward").Label);
        // Praise alone names nothing, nor does a count.
        Assert.DoesNotContain(x.Mentions, m => m.Name == "novel");
        Assert.DoesNotContain(x.Mentions, m => m.Name.Contains("key", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_UntypedNameAProposedNameIsBuiltOn_HasItsLabelAndIsExtended()
    {
        var x = Extract("Beyond Pairwise Judgments",
            "We propose INPO-2, an online iterative algorithm for preference learning. Three iterations of INPO-2 improve over the earlier INPO. Results on ZQT-Set hold.");

        Assert.Equal(NodeLabel.Method, Assert.Single(x.Mentions, m => m.Name == "INPO").Label);
        Assert.Contains(x.Relations, r => r.Head.Name == "INPO-2" && r.Type == RelationType.Extends && r.Tail.Name == "INPO");
        // A name no proposal is built on stays untyped.
        Assert.DoesNotContain(x.Mentions, m => m.Name == "ZQT-Set");
    }

    [Fact]
    public void Extract_SizedVariantsOfAProposedRewardModel_AreProposed_ALongerRewardPhraseIsNot()
    {
        var x = Extract("Think Before You Score",
            "Our model, named VerdictRM, is a generative reward model trained with GRPO. VerdictRM-8B and VerdictRM-32B reach 92.1 on RewardBench. "
            + "We propose the calibrated length reward, a dense reward for brevity. The calibrated length reward model scores answers.");

        Assert.Equal(NodeLabel.Reward, Assert.Single(x.Mentions, m => m.Name == "VerdictRM").Label);
        Assert.All(new[] { "VerdictRM-8B", "VerdictRM-32B" }, name => Assert.Equal(RelationType.Proposes, Assert.Single(x.Mentions, m => m.Name == name).Role));
        Assert.Equal(RelationType.Proposes, Assert.Single(x.Mentions, m => m.Name == "length reward").Role);
        Assert.NotEqual(RelationType.Proposes, Assert.Single(x.Mentions, m => m.Name == "length reward model").Role);
    }

    [Fact]
    public void Extract_VariantNamedInBracketsAfterAParadigm_IsTheProposedMethodsVariant()
    {
        var x = Extract("Compute as Teacher", "We propose CaT, a test-time procedure. With reinforcement learning (CaT-RL), we obtain further gains.");

        var variant = Assert.Single(x.Mentions, m => m.Name == "CaT-RL");
        Assert.Equal(NodeLabel.Method, variant.Label);
        Assert.Equal(RelationType.Proposes, variant.Role);
        Assert.Contains(x.Relations, r => r.Head.Name == "CaT-RL" && r.Type == RelationType.Extends && r.Tail.Name == "CaT");
    }

    [Theory]
    [InlineData("Our method, Disagreement-Penalised Reward Ensembles (DPRE), trains five reward models.", "DPRE", NodeLabel.Method)]
    [InlineData("We propose Hindsight-Relabeled Decision Transformer (HRDT) for sparse tasks.", "HRDT", NodeLabel.Method)]
    [InlineData("Our system, HandSpin, trains a teacher policy with PPO.", "HandSpin", NodeLabel.Method)]
    // An acronym's long form: its head noun, before any preposition, not a known name after one.
    [InlineData("Nash learning from human feedback (NLHF) searches for a preferred policy.", "NLHF", NodeLabel.Method)]
    [InlineData("We build on the Hindsight-Relabeled Decision Transformer (HRDT) for stitching.", "HRDT", NodeLabel.Method)]
    [InlineData("A Generative Reward Model (GRM) scores each answer.", "GRM", NodeLabel.Reward)]
    public void Extract_CoinedName_TakesThePapersNounNotAWordNearby(string sentence, string name, NodeLabel label)
    {
        var x = Extract("A Study", sentence);

        Assert.Equal(label, Assert.Single(x.Mentions, m => m.Name == name).Label);
    }

    [Fact]
    public void Extract_TermedLongFormHoldingAReward_ProposesTheMethod()
    {
        var x = Extract("Adapting Policies via Predicted Rewards",
            "Our approach, termed Predicted Reward Fine-tuning (PRFT), improves performance across diverse tasks.");

        var prft = Assert.Single(x.Mentions, m => m.Name == "PRFT");
        Assert.Equal(NodeLabel.Method, prft.Label);
        Assert.Equal(RelationType.Proposes, prft.Role);
    }

    [Fact]
    public void Extract_FamilyOfRewardModels_IsAReward()
    {
        var x = Extract("Rubric Judges", "We present R^3, a family of generative reward models. On RewardBench, RM-Bench and PPE, R^3-14B leads.");

        Assert.Equal(NodeLabel.Reward, Assert.Single(x.Mentions, m => m.Name == "R^3").Label);
        Assert.DoesNotContain(x.Mentions, m => m.Name == "R");
    }

    [Fact]
    public void Extract_TechnicalReportTitle_ProposesAModel()
    {
        var x = Extract("WiNGPT-3.0 Technical Report", "Current large language models struggle with clinical reasoning. We address this gap.");

        var name = Assert.Single(x.Mentions, m => m.Name == "WiNGPT-3.0");
        Assert.Equal(NodeLabel.Model, name.Label);
        Assert.Equal(RelationType.Proposes, name.Role);
    }

    [Fact]
    public void Extract_CalledName_IsTheModelTheSentenceSays()
    {
        var x = Extract("Robot Learning with Sensorimotor Pre-training", "Our model, called RPT, is a Transformer that operates on tokens.");

        var rpt = Assert.Single(x.Mentions, m => m.Name == "RPT");
        Assert.Equal(NodeLabel.Model, rpt.Label);
        Assert.Equal(RelationType.Proposes, rpt.Role);
    }

    [Fact]
    public void Extract_MlNames_SurviveTokenising()
    {
        const string text = "Pretraining Qwen3-1.7B-Base beats GPT-4o by 42.81% (e.g., on AIME25), while ReST-MCTS* and R^3 lag.";

        var x = Extract("A Study", text);

        Assert.Contains(x.Mentions, m => m.Name == "Qwen3-1.7B-Base" && m.Label == NodeLabel.Model);
        Assert.Contains(x.Mentions, m => m.Name == "GPT-4o" && m.Label == NodeLabel.Model);
        Assert.Contains(x.Mentions, m => m.Name == "AIME25" && m.Label == NodeLabel.Benchmark);
        // ReST is a known method, so the name built on it is one too (whole, star included).
        Assert.Contains(x.Mentions, m => m.Name == "ReST-MCTS*" && m.Label == NodeLabel.Method);
        Assert.Contains(x.Candidates, c => c.Surface == "R^3");
        Assert.DoesNotContain(x.Mentions, m => m.Name.Contains('%', StringComparison.Ordinal) || m.Name == "e.g");
    }

    [Fact]
    public void Extract_ListWithAKnownBenchmark_MakesTheOtherMembersBenchmarks()
    {
        var x = Extract("A Study", "Experiments on MMLU, SuperGPQA, KOR-Bench and ZebraLogic show consistent gains.");

        var benchmarks = x.Mentions.Where(m => m.Label == NodeLabel.Benchmark).Select(m => m.Name).Order().ToArray();
        Assert.Equal(["KOR-Bench", "MMLU", "SuperGPQA", "ZebraLogic"], benchmarks);
    }

    [Fact]
    public void Extract_RewardWordings_NormaliseToCanonicalConcepts()
    {
        var x = Extract("A Study", "Process reward models (PRMs) give dense rewards, unlike verifiable rewards or human preference data, while aligning with human preferences is the goal.");

        var rewards = x.Mentions.Where(m => m.Label == NodeLabel.Reward).Select(m => m.Name).Order().ToArray();
        Assert.Equal(["dense reward", "human feedback", "process reward", "verifiable reward"], rewards);
    }

    [Theory]
    [InlineData("Reinforcement learning (RL) improves large language models (LLMs) after pre-training.")]
    [InlineData("Vision-language models can act as GUI agents that call an API.")]
    [InlineData("We present a gait curriculum and deploy it on H1, a full-size humanoid, and on UR5.")]
    [InlineData("Graph Neural Networks (GNNs) and small language models (SLMs) are widely used.")]
    [InlineData("Large multimodal models (LMM) improve, and large vision-language models (LVLMs) too; we study LMMs.")]
    public void Extract_UmbrellaTerms_AreNotEntities(string abstractText)
    {
        var x = Extract("A Study", abstractText);

        Assert.Empty(x.Mentions);
    }

    [Fact]
    public void Extract_TaskAcronymBeforeTheModelsThatDoIt_IsNoEntityAnywhereInThePaper()
    {
        var x = Extract("Faster Speech", "Text-to-speech (TTS) models need many sampling steps. We prune steps of flow-matching TTS models. It also works on E2 TTS models.");

        Assert.DoesNotContain(x.Mentions, m => m.Name == "TTS");
    }

    [Fact]
    public void Extract_EveryMention_KeepsItsSentenceAndOffsets()
    {
        const string text = "We study alignment. Direct Preference Optimization (DPO) is simple.";

        var x = Extract("A Study", text);

        var dpo = Assert.Single(x.Mentions, m => m.Name == "DPO");
        Assert.Equal("Direct Preference Optimization (DPO) is simple.", dpo.Evidence.Sentence);
        Assert.Equal("Direct Preference Optimization", text.Substring(dpo.Evidence.Start, dpo.Evidence.Length));
        Assert.False(dpo.Evidence.InTitle);
    }

    [Fact]
    public void Extract_AcronymWithAnotherExpansionThanTheLexicon_KeepsThePapersLongForm()
    {
        var x = Extract("A Study", "We compare with implicit preference optimization (IPO) on math.");

        var ipo = Assert.Single(x.Mentions, m => m.Name == "IPO");
        Assert.Equal("implicit preference optimization", ipo.LongForm);
    }

    [Fact]
    public void Extract_TitleAbbreviationBeforeAName_DoesNotSplitTheSentence()
    {
        var x = Extract("A Study", "We compare against Dr. GRPO and PPO on math.");

        Assert.Contains(x.Mentions, m => m.Name == "Dr. GRPO");
    }

    [Fact]
    public void Extract_FromSeveralThreads_GivesWhatOneThreadGives()
    {
        var folder = Path.Combine(PaperGraph.Tests.Support.Some.RepoRoot, "tests", "PaperGraph.Tests", "Extraction", "Golden");
        var papers = Directory.GetFiles(folder, "*.txt").Where(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal))
            .Select(File.ReadAllLines).Select((l, i) => Paper(l[0], l[1], "paper:" + i)).ToArray();
        var work = Enumerable.Range(0, 40).Select(i => papers[i % papers.Length]).ToArray();

        var sequential = work.Select(p => Render(Extractor.Extract(p))).ToArray();
        var parallel = work.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(p => Render(Extractor.Extract(p))).ToArray();

        Assert.Equal(sequential, parallel);
    }

    private static string Render(PaperExtraction x) =>
        string.Join("\n", x.Mentions.Select(m => $"{m.Label} {m.Name} {m.Role} {m.Evidence.Start}"));
}
