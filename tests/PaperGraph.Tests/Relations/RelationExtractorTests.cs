using PaperGraph.Graph;

namespace PaperGraph.Tests.Relations;

public sealed class RelationExtractorTests
{
    [Fact]
    public void Extract_ApplyingMethodToModel_TrainsTheModelWithItAndEvaluatesBothOnTheResults()
    {
        var relations = new RelationCase("RLP: Reinforcement as a Pretraining Objective",
                "We present RLP, a pretraining objective. Pretraining with RLP on Qwen3-1.7B-Base lifts the average by 19%. "
                + "The largest improvements are on AIME25 and MMLU-Pro.")
            .Proposes(NodeLabel.Method, "RLP").Names(NodeLabel.Model, "Qwen3-1.7B-Base")
            .Names(NodeLabel.Benchmark, "AIME25").Names(NodeLabel.Benchmark, "MMLU-Pro")
            .Relations();

        Assert.Equal(
            ["Qwen3-1.7B-Base EVALUATED_ON AIME25", "Qwen3-1.7B-Base EVALUATED_ON MMLU-Pro", "Qwen3-1.7B-Base TRAINED_WITH RLP",
             "RLP EVALUATED_ON AIME25", "RLP EVALUATED_ON MMLU-Pro"],
            relations);
    }

    [Fact]
    public void Extract_ModelBesideTheResults_IsEvaluatedThereButNotTheBaselines()
    {
        var relations = new RelationCase("SPARK",
                "We propose SPARK. With SPARK, Qwen3-8B reaches 67.5 F1 on ProcessBench, outperforming GRPO and GPT-4o.")
            .Proposes(NodeLabel.Method, "SPARK").Names(NodeLabel.Model, "Qwen3-8B").Names(NodeLabel.Benchmark, "ProcessBench")
            .Names(NodeLabel.Model, "GPT-4o").Names(NodeLabel.Method, "GRPO")
            .Relations();

        Assert.Contains("Qwen3-8B EVALUATED_ON ProcessBench", relations);
        Assert.Contains("SPARK EVALUATED_ON ProcessBench", relations);
        Assert.DoesNotContain("GPT-4o EVALUATED_ON ProcessBench", relations);
        Assert.DoesNotContain("GRPO EVALUATED_ON ProcessBench", relations);
    }

    [Fact]
    public void Extract_MethodThatIsTheSubjectAfterAnOpeningPhrase_IsWhatItsModelsAreTrainedWith()
    {
        // "over a multi-domain suite, X" is where X was tried, not a comparison with X.
        var relations = new RelationCase("Curriculum Zeta",
                "We propose Curriculum Zeta, a two-stage recipe. Evaluated on Qwen3-4B and Llama-3.1-8B over a multi-domain suite, Curriculum Zeta yields consistent gains.")
            .Proposes(NodeLabel.Method, "Curriculum Zeta").Names(NodeLabel.Model, "Qwen3-4B").Names(NodeLabel.Model, "Llama-3.1-8B")
            .Relations();

        Assert.Contains("Qwen3-4B TRAINED_WITH Curriculum Zeta", relations);
        Assert.Contains("Llama-3.1-8B TRAINED_WITH Curriculum Zeta", relations);
    }

    [Fact]
    public void Extract_ModelInTheBackgroundBeforeTheMethodIsNamed_IsNotTrainedWithIt()
    {
        // A training sentence naming no method gives its model the paper's method, but only once the paper has named it.
        var relations = new RelationCase("FLARP: Open Recipes for Reasoning",
                "Key details of DeepSeek-R1 are concealed, so the community struggles to reproduce its RL training. "
                + "We propose FLARP, an open algorithm. In RL training, Qwen2.5-32B reaches 50 points with it.")
            .Proposes(NodeLabel.Method, "FLARP").Names(NodeLabel.Model, "DeepSeek-R1").Names(NodeLabel.Model, "Qwen2.5-32B")
            .Relations();

        Assert.Equal(["Qwen2.5-32B TRAINED_WITH FLARP"], relations);
    }

    [Theory]
    [InlineData("Zorp achieves better or on-par performance in various benchmarks compared to Gemma-2B and GRPO.")]
    [InlineData("Zorp achieves superior training efficiency and performance compared to Gemma-2B and the GRPO algorithm.")]
    [InlineData("Zorp achieves performance gains of > 12% on ALFWorld and > 9% on WebShop over Gemma-2B and GRPO.")]
    public void Extract_ComparisonCueWithSeveralWordsBeforeItsPreposition_IsAWin(string sentence)
    {
        var relations = new RelationCase("Zorp", "We propose Zorp, a method for agents. " + sentence)
            .Proposes(NodeLabel.Method, "Zorp").Names(NodeLabel.Model, "Gemma-2B").Names(NodeLabel.Method, "GRPO")
            .Names(NodeLabel.Benchmark, "ALFWorld").Names(NodeLabel.Benchmark, "WebShop")
            .Relations();

        Assert.Contains("Zorp OUTPERFORMS Gemma-2B", relations);
        Assert.Contains("Zorp OUTPERFORMS GRPO", relations);
    }

    [Fact]
    public void Extract_ApposedKindWithItsAcronymAfterANameInBrackets_IsExtended()
    {
        // The name closes its own brackets, and the kind's acronym stands before the noun.
        var relations = new RelationCase("Extreme Compression",
                "We propose Rotate, Clip, and Partition (RCPX), a Quantization-Aware Training (QAT) approach for extreme compression.")
            .Proposes(NodeLabel.Method, "RCPX").Names(NodeLabel.Method, "QAT", "Quantization-Aware Training")
            .Relations();

        Assert.Equal(["RCPX EXTENDS QAT"], relations);
    }

    [Theory]
    [InlineData("We instantiate this view as Zuet, a computationally efficient layer over GRPO that sets rollout budgets.")]
    [InlineData("We propose Zuet, a novel extension to GRPO for long rollouts.")]
    public void Extract_ExtensionToOrLayerOver_IsExtends(string sentence)
    {
        var relations = new RelationCase("Zuet", sentence)
            .Proposes(NodeLabel.Method, "Zuet").Names(NodeLabel.Method, "GRPO")
            .Relations();

        Assert.Equal(["Zuet EXTENDS GRPO"], relations);
    }

    [Fact]
    public void Extract_RewardAfterWithoutRequiring_IsNotUsed()
    {
        var relations = new RelationCase("Zearcher", "We propose Zearcher, an RL approach for search. Zearcher relies on RL alone, without requiring process rewards.")
            .Proposes(NodeLabel.Method, "Zearcher").Names(NodeLabel.Reward, "process reward", "process rewards")
            .Relations();

        Assert.DoesNotContain("Zearcher USES_REWARD process reward", relations);
    }

    [Fact]
    public void Extract_TrainingSentenceNamingNoModel_TrainsTheProposedModelWithTheProposedMethodToo()
    {
        var relations = new RelationCase("TULU 3: Pushing Frontiers in Open Language Model Post-Training",
                "We introduce TULU 3, a family of open post-trained models. "
                + "The training algorithms for our models include SFT, DPO, and a novel method we call RLVR.")
            .Proposes(NodeLabel.Model, "TULU 3").Proposes(NodeLabel.Method, "RLVR")
            .Names(NodeLabel.Method, "SFT").Names(NodeLabel.Method, "DPO")
            .Relations();

        Assert.Equal(["TULU 3 TRAINED_WITH DPO", "TULU 3 TRAINED_WITH RLVR", "TULU 3 TRAINED_WITH SFT"], relations);
    }

    [Fact]
    public void Extract_ModelJoinedToAMethodByAPlus_IsTrainedWithIt_AndIsNoLoserOnItsOwn()
    {
        var relations = new RelationCase("R^3: Reverse Curriculum RL",
                "We propose R^3. On GSM8K, it exceeds the baseline by 4.2 points, and without any extra data, Codellama-7B + R^3 performs comparably to larger models.")
            .Proposes(NodeLabel.Method, "R^3").Names(NodeLabel.Model, "Codellama-7B").Names(NodeLabel.Benchmark, "GSM8K")
            .Relations();

        Assert.Contains("Codellama-7B TRAINED_WITH R^3", relations);
        Assert.DoesNotContain("R^3 OUTPERFORMS Codellama-7B", relations);
    }

    [Theory]
    [InlineData("CoPO also outperforms test-time reinforcement learning (TTRL), which uses the same majority-vote reward without filtering.", true)]
    [InlineData("CoPO also outperforms TTRL, and both reach a majority-vote reward of 0.8.", false)]
    public void Extract_RelativeClauseGivingAMethodAReward_MakesItThatMethodsReward_BaselineOrNot(string sentence, bool uses)
    {
        var relations = new RelationCase("Consensus as Supervision", "We propose CoPO. " + sentence)
            .Proposes(NodeLabel.Method, "CoPO").Names(NodeLabel.Method, "TTRL", "test-time reinforcement learning")
            .Names(NodeLabel.Reward, "majority-vote reward")
            .Relations();

        Assert.Equal(uses, relations.Contains("TTRL USES_REWARD majority-vote reward"));
    }

    [Theory]
    [InlineData("RRHF: Rank Responses to Align Language Models with Human Feedback", true)]
    // Set against, not used.
    [InlineData("RRHF: Ranking to Bridge between Human Feedback and Verifiable Rewards", false)]
    // Only inside another name of the title.
    [InlineData("RRHF: A Simpler Reinforcement Learning from Human Feedback", false)]
    public void Extract_RewardTheTitleNamesAfterThePapersName_IsThatNamesReward(string title, bool uses)
    {
        var relations = new RelationCase(title, "We propose RRHF, which scores responses and learns to rank them. It is simpler than PPO.")
            .Proposes(NodeLabel.Method, "RRHF").Names(NodeLabel.Method, "PPO")
            .Names(NodeLabel.Method, "RLHF", "Reinforcement Learning from Human Feedback")
            .Names(NodeLabel.Reward, "human feedback", "Human Feedback")
            .Relations();

        Assert.Equal(uses, relations.Contains("RRHF USES_REWARD human feedback"));
    }

    [Theory]
    [InlineData("Experiments show that RIFL improves instruction following, achieving a 6.7% absolute gain on AdvancedIF.", true)]
    // Being evaluated on it is a result reported there.
    [InlineData("Our proposed RIFL is comprehensively evaluated on the AdvancedIF benchmark together with 14 baselines.", true)]
    // Building it is not reporting on it.
    [InlineData("We release AdvancedIF together with RIFL, a post-training pipeline with 1,600 prompts.", false)]
    public void Extract_BenchmarkThePaperBuilds_IsWhereItsMethodIsEvaluatedOnlyWhenAResultIsReportedOnIt(string sentence, bool evaluated)
    {
        var relations = new RelationCase("Rubric-Based Benchmarking and Reinforcement Learning", "We introduce AdvancedIF, a benchmark, and RIFL. " + sentence)
            .Proposes(NodeLabel.Benchmark, "AdvancedIF").Proposes(NodeLabel.Method, "RIFL")
            .Relations();

        Assert.Equal(evaluated, relations.Contains("RIFL EVALUATED_ON AdvancedIF"));
    }

    [Fact]
    public void Extract_ItBesideABenchmark_IsTheProposedNameLastNamed_NotThePapersSubject()
    {
        var relations = new RelationCase("MiMo-VL Technical Report",
                "We open-source MiMo-VL-7B-SFT and MiMo-VL-7B-RL. MiMo-VL-7B-RL outperforms Qwen2.5-VL-7B on 35 tasks. "
                + "For GUI grounding, it sets a new standard with 56.1 on OSWorld-G.")
            .Proposes(NodeLabel.Model, "MiMo-VL").Proposes(NodeLabel.Model, "MiMo-VL-7B-SFT").Proposes(NodeLabel.Model, "MiMo-VL-7B-RL")
            .Names(NodeLabel.Model, "Qwen2.5-VL-7B").Names(NodeLabel.Benchmark, "OSWorld-G")
            .Relations();

        Assert.Contains("MiMo-VL-7B-RL EVALUATED_ON OSWorld-G", relations);
        Assert.DoesNotContain("MiMo-VL EVALUATED_ON OSWorld-G", relations);
    }

    [Fact]
    public void Extract_ModelNamedOnlyAsAModifier_IsNeitherTrainedNorEvaluated()
    {
        var relations = new RelationCase("AceReason-Nemotron 1.1",
                "Trained with SFT, our AceReason-Nemotron-1.1-7B model leads among Qwen2.5-7B-based reasoning models on AIME24.")
            .Proposes(NodeLabel.Model, "AceReason-Nemotron-1.1-7B").Names(NodeLabel.Method, "SFT")
            .Names(NodeLabel.Model, "Qwen2.5-7B").Names(NodeLabel.Benchmark, "AIME24")
            .Relations();

        Assert.Contains("AceReason-Nemotron-1.1-7B TRAINED_WITH SFT", relations);
        Assert.DoesNotContain("Qwen2.5-7B TRAINED_WITH SFT", relations);
        Assert.DoesNotContain("Qwen2.5-7B EVALUATED_ON AIME24", relations);
    }

    [Theory]
    [InlineData("Nevertheless, advances are dominated by mathematics (e.g., AIME), with code generation underexplored.", false)]
    [InlineData("The resulting model reaches 45.3 on AIME, comparable to larger systems.", true)]
    public void Extract_BenchmarkInASentenceOfBackground_IsNoResultOfThePapersSubject(string sentence, bool evaluated)
    {
        var relations = new RelationCase("DRIVE: Data Curation Best Practices", "We present DRIVE, a data curation recipe. " + sentence)
            .Proposes(NodeLabel.Method, "DRIVE").Names(NodeLabel.Benchmark, "AIME")
            .Relations();

        Assert.Equal(evaluated, relations.Contains("DRIVE EVALUATED_ON AIME"));
    }

    [Fact]
    public void Extract_TrainingSentenceNamingOnlyATeacher_TrainsTheProposedModel()
    {
        var relations = new RelationCase("Halcyon-2 Technical Report",
                "We present Halcyon-2, a family of open-weight models. "
                + "The models are post-trained with SFT on traces generated by DeepSeek-R1 and then with GRPO.")
            .Proposes(NodeLabel.Model, "Halcyon-2").Names(NodeLabel.Model, "DeepSeek-R1")
            .Names(NodeLabel.Method, "SFT").Names(NodeLabel.Method, "GRPO")
            .Relations();

        Assert.Equal(["Halcyon-2 TRAINED_WITH GRPO", "Halcyon-2 TRAINED_WITH SFT"], relations);
    }

    [Fact]
    public void Extract_RewardAModelIsTrainedWith_IsTheModels()
    {
        var relations = new RelationCase("Rubric-Anchored Rewards",
                "We propose Rubric-Anchored Rewards (RaRe). We train Qwen3-8B and Llama-3.1-8B with RaRe on 20k prompts. "
                + "Qwen2.5-7B reaches 61.0 on HealthBench with a Likert-judge reward.")
            .Proposes(NodeLabel.Reward, "RaRe").Names(NodeLabel.Model, "Qwen3-8B").Names(NodeLabel.Model, "Llama-3.1-8B").Names(NodeLabel.Model, "Qwen2.5-7B")
            .Names(NodeLabel.Reward, "Likert-judge reward").Names(NodeLabel.Benchmark, "HealthBench")
            .Relations();

        Assert.Contains("Qwen3-8B USES_REWARD RaRe", relations);
        Assert.Contains("Llama-3.1-8B USES_REWARD RaRe", relations);
        Assert.DoesNotContain("Qwen2.5-7B USES_REWARD Likert-judge reward", relations);
    }

    [Theory]
    [InlineData("We present Zeta. Zeta models are trained from Qwen3-4B and Qwen3-8B via SFT and GRPO.", false)]
    [InlineData("We present Zeta. We fine-tune Qwen3-4B and Qwen3-8B with SFT and GRPO.", true)]
    public void Extract_BasesAProposedModelIsTrainedFrom_AreNotTrainedWithItsMethods(string abstractText, bool trained)
    {
        var relations = new RelationCase("Zeta", abstractText)
            .Proposes(NodeLabel.Model, "Zeta").Names(NodeLabel.Model, "Qwen3-4B").Names(NodeLabel.Model, "Qwen3-8B")
            .Names(NodeLabel.Method, "SFT").Names(NodeLabel.Method, "GRPO")
            .Relations();

        Assert.Equal(trained, relations.Contains("Qwen3-8B TRAINED_WITH SFT"));
        Assert.Equal(trained, relations.Contains("Qwen3-4B TRAINED_WITH GRPO"));
    }

    [Fact]
    public void Extract_BasesAModelIsBuiltOn_AreNotEvaluatedBesideIt()
    {
        var relations = new RelationCase("Think Before You Score",
                "We propose VerdictRM. VerdictRM-8B and VerdictRM-32B, built on Llama-3.1-8B-Instruct and Qwen2.5-32B-Instruct, reach 92.1 on RewardBench. "
                + "Qwen2.5-7B-Instruct reaches 80.4 on RewardBench.")
            .Proposes(NodeLabel.Model, "VerdictRM").Proposes(NodeLabel.Model, "VerdictRM-8B").Proposes(NodeLabel.Model, "VerdictRM-32B")
            .Names(NodeLabel.Model, "Llama-3.1-8B-Instruct").Names(NodeLabel.Model, "Qwen2.5-32B-Instruct").Names(NodeLabel.Model, "Qwen2.5-7B-Instruct")
            .Names(NodeLabel.Benchmark, "RewardBench")
            .Relations();

        Assert.Contains("VerdictRM-8B EVALUATED_ON RewardBench", relations);
        Assert.Contains("Qwen2.5-7B-Instruct EVALUATED_ON RewardBench", relations);
        Assert.DoesNotContain("Llama-3.1-8B-Instruct EVALUATED_ON RewardBench", relations);
        Assert.DoesNotContain("Qwen2.5-32B-Instruct EVALUATED_ON RewardBench", relations);
    }

    [Fact]
    public void Extract_BaseAModelIsTrainedOnTopOf_IsNotEvaluatedBesideIt()
    {
        var relations = new RelationCase("Zeta-RL",
                "We propose Zeta-RL. Trained on top of Llama 3, our resulting reasoning model, Zeta-70B, achieves a 41.0% solve rate on SWE-bench Verified.")
            .Proposes(NodeLabel.Method, "Zeta-RL").Proposes(NodeLabel.Model, "Zeta-70B").Names(NodeLabel.Model, "Llama 3")
            .Names(NodeLabel.Benchmark, "SWE-bench Verified")
            .Relations();

        Assert.Contains("Zeta-70B EVALUATED_ON SWE-bench Verified", relations);
        Assert.DoesNotContain("Llama 3 EVALUATED_ON SWE-bench Verified", relations);
    }

    [Fact]
    public void Extract_MethodsAPaperEvaluatesWithoutNamingWhere_AreEvaluatedOnTheBenchmarkItBuilds()
    {
        var relations = new RelationCase("TableArena: A Benchmark for Tabletop Manipulation",
                "We present TableArena, a benchmark of 40 tabletop tasks built on ManiSkill3. "
                + "We evaluate model-free agents (PPO and SAC) and imitation baselines (ACT). "
                + "PPO trains fastest.")
            .Proposes(NodeLabel.Benchmark, "TableArena").Names(NodeLabel.Benchmark, "ManiSkill3")
            .Names(NodeLabel.Method, "PPO").Names(NodeLabel.Method, "SAC").Names(NodeLabel.Method, "ACT")
            .Relations();

        Assert.Equal(["ACT EVALUATED_ON TableArena", "PPO EVALUATED_ON TableArena", "SAC EVALUATED_ON TableArena"], relations);
    }

    [Fact]
    public void Extract_MethodsEvaluatedBesideANamedBenchmark_OrInAPaperBuildingTwo_AreNotPutOnTheBuiltOne()
    {
        var named = new RelationCase("StitchBench",
                "We introduce StitchBench, a suite of long-horizon tasks. We evaluate CQL and IQL on D4RL and find them saturated.")
            .Proposes(NodeLabel.Benchmark, "StitchBench").Names(NodeLabel.Benchmark, "D4RL")
            .Names(NodeLabel.Method, "CQL").Names(NodeLabel.Method, "IQL")
            .Relations();
        var twoBuilt = new RelationCase("Two suites",
                "We introduce MazeBench and BlockBench, two suites of tasks. We evaluate CQL and IQL.")
            .Proposes(NodeLabel.Benchmark, "MazeBench").Proposes(NodeLabel.Benchmark, "BlockBench")
            .Names(NodeLabel.Method, "CQL").Names(NodeLabel.Method, "IQL")
            .Relations();

        Assert.DoesNotContain("CQL EVALUATED_ON StitchBench", named);
        Assert.Contains("CQL EVALUATED_ON D4RL", named);
        Assert.Empty(twoBuilt);
    }

    [Theory]
    [InlineData("Starting from")]
    [InlineData("Trained from")]
    [InlineData("Fine-tuned from")]
    [InlineData("Initialized from")]
    public void Extract_ModelATrainingStartsFrom_IsTrainedWithTheMethodAndEvaluated_WhileOneDistilledFromIsNot(string cue)
    {
        var relations = new RelationCase("OHVL",
                $"We propose OHVL. {cue} Llama-3.2-3B-Instruct, OHVL trained on logged trajectories improves the success rate on WebShop. "
                + "Training data distilled from GPT-4o is not needed.")
            .Proposes(NodeLabel.Method, "OHVL").Names(NodeLabel.Model, "Llama-3.2-3B-Instruct").Names(NodeLabel.Model, "GPT-4o")
            .Names(NodeLabel.Benchmark, "WebShop")
            .Relations();

        Assert.Equal(["Llama-3.2-3B-Instruct EVALUATED_ON WebShop", "Llama-3.2-3B-Instruct TRAINED_WITH OHVL", "OHVL EVALUATED_ON WebShop"], relations);
    }

    [Theory]
    [InlineData("Initialized from")]
    [InlineData("Starting from")]
    public void Extract_BaseASentenceOpensWith_BeforeAModel_IsThatModelsBaseNotTrainedHere(string cue)
    {
        var relations = new RelationCase("Foo",
                $"We propose Foo-3B. {cue} Llama-3.2-3B-Instruct, Foo-3B trained with GRPO improves the success rate on WebShop.")
            .Proposes(NodeLabel.Model, "Foo-3B").Names(NodeLabel.Model, "Llama-3.2-3B-Instruct").Names(NodeLabel.Method, "GRPO")
            .Names(NodeLabel.Benchmark, "WebShop")
            .Relations();

        Assert.DoesNotContain(relations, r => r.StartsWith("Llama-3.2-3B-Instruct TRAINED_WITH", StringComparison.Ordinal));
        Assert.Contains("Foo-3B TRAINED_WITH GRPO", relations);
    }

    [Theory]
    [InlineData("We train Qwen2.5-7B-Instruct with GRPO on 9k synthetic tasks and obtain Foo-7B.")]
    [InlineData("We train Qwen2.5-7B-Instruct on 39k problems and call the resulting model Foo-7B.")]
    [InlineData("Starting from Qwen2.5-7B-Instruct, we run five rounds of GRPO and obtain Foo-7B, which reaches 43.0%.")]
    [InlineData("Our model, Foo-7B, is obtained by training Qwen2.5-7B-Instruct with GRPO on 32k questions.")]
    public void Extract_ModelATrainingYields_ExtendsTheModelTrained(string sentence)
    {
        var relations = new RelationCase("Foo", "We present Foo. " + sentence)
            .Proposes(NodeLabel.Model, "Foo-7B").Names(NodeLabel.Model, "Qwen2.5-7B-Instruct").Names(NodeLabel.Method, "GRPO")
            .Relations();

        Assert.Contains("Foo-7B EXTENDS Qwen2.5-7B-Instruct", relations);
    }

    [Fact]
    public void Extract_DatasetNamedAsATrainingSet_IsNotWhereAnythingIsEvaluated()
    {
        var relations = new RelationCase("PACE",
                "We propose PACE. Applied to Qwen2.5-7B on the DAPO-Math-17K training set, PACE improves pass@1 on AIME24 by 2.7 points.")
            .Proposes(NodeLabel.Method, "PACE").Names(NodeLabel.Model, "Qwen2.5-7B").Names(NodeLabel.Benchmark, "DAPO-Math-17K").Names(NodeLabel.Benchmark, "AIME24")
            .Relations();

        Assert.Contains("PACE EVALUATED_ON AIME24", relations);
        Assert.DoesNotContain(relations, r => r.EndsWith("EVALUATED_ON DAPO-Math-17K", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_MethodAModelWasTrainedWith_IsNotEvaluatedWhereTheModelIsMeasured()
    {
        var relations = new RelationCase("CodeWarden",
                "We train CodeWarden-7B, a verifier. When it is the only reward for RL with GRPO, a Qwen2.5-Coder-7B-Instruct policy reaches 88.4% on HumanEval+.")
            .Proposes(NodeLabel.Reward, "CodeWarden-7B").Names(NodeLabel.Method, "GRPO").Names(NodeLabel.Model, "Qwen2.5-Coder-7B-Instruct")
            .Names(NodeLabel.Benchmark, "HumanEval+")
            .Relations();

        Assert.Contains("Qwen2.5-Coder-7B-Instruct EVALUATED_ON HumanEval+", relations);
        Assert.DoesNotContain("GRPO EVALUATED_ON HumanEval+", relations);
    }

    [Fact]
    public void Extract_MethodUsedButNotComparedOnABenchmark_IsNotEvaluatedThere()
    {
        var relations = new RelationCase("TinyRL",
                "We propose TinyRL. Built on PPO, TinyRL reaches 80% on MATH.")
            .Proposes(NodeLabel.Method, "TinyRL").Names(NodeLabel.Method, "PPO").Names(NodeLabel.Benchmark, "MATH")
            .Relations();

        Assert.Contains("TinyRL EVALUATED_ON MATH", relations);
        Assert.DoesNotContain("PPO EVALUATED_ON MATH", relations);
    }

    [Fact]
    public void Extract_Outperforms_LinksWinnerToEveryBaselineUntilTheClaimEnds()
    {
        var relations = new RelationCase("Lean and Mean",
                "We propose DVPO. Experiments show DVPO outperforms DPO and GRPO while matching PPO in performance.")
            .Proposes(NodeLabel.Method, "DVPO").Names(NodeLabel.Method, "DPO").Names(NodeLabel.Method, "GRPO").Names(NodeLabel.Method, "PPO")
            .Relations();

        Assert.Equal(["DVPO OUTPERFORMS DPO", "DVPO OUTPERFORMS GRPO"], relations);
    }

    [Theory]
    [InlineData("BRIDGE reaches higher final returns than AWAC and RLPD.")]
    [InlineData("BRIDGE improves the success rate by 3.1 points over AWAC and RLPD.")]
    [InlineData("BRIDGE reaches superior performance compared to AWAC and RLPD.")]
    [InlineData("BRIDGE yields consistent performance gains over the strong AWAC and RLPD.")]
    [InlineData("On the locomotion tasks it achieves lower cost than AWAC and RLPD at comparable return.")]
    [InlineData("BRIDGE incurs fewer constraint violations than AWAC and RLPD.")]
    [InlineData("BRIDGE fine-tunes the policy three times faster than AWAC and RLPD.")]
    [InlineData("Policies trained with BRIDGE are more robust to held-out dynamics than those trained with AWAC and RLPD.")]
    [InlineData("BRIDGE finishes ahead of AWAC and RLPD on every task.")]
    [InlineData("Policies fine-tuned with BRIDGE are preferred by crowd workers over AWAC and RLPD.")]
    // The losers named first: a win for the proposal after the cue.
    [InlineData("AWAC and RLPD pretraining fall behind BRIDGE in 17 of 20 settings.")]
    [InlineData("AWAC and RLPD, which shorten responses uniformly, lose noticeably more accuracy than BRIDGE.")]
    [InlineData("On hard tasks, AWAC and RLPD underperform BRIDGE.")]
    // The losers lead the sentence, its subject wins with a verb of gain.
    [InlineData("Compared with standard AWAC and with RLPD, BRIDGE yields a better return-cost trade-off.")]
    [InlineData("Compared with AWAC and RLPD, it also improves the success rate by 9%.")]
    [InlineData("Compared with a uniform AWAC and with RLPD at matched budgets, BRIDGE keeps 3.8 more points of accuracy.")]
    public void Extract_ComparativeClaims_AreWins(string claim)
    {
        var relations = new RelationCase("BRIDGE", "We propose BRIDGE. " + claim)
            .Proposes(NodeLabel.Method, "BRIDGE").Names(NodeLabel.Method, "AWAC").Names(NodeLabel.Method, "RLPD")
            .Relations();

        Assert.Equal(["BRIDGE OUTPERFORMS AWAC", "BRIDGE OUTPERFORMS RLPD"], relations);
    }

    [Fact]
    public void Extract_ClauseAfterCommaAnd_EndsTheComparison_AndAModelItComesCloseToIsNoneMeasured()
    {
        var relations = new RelationCase("BRIDGE",
                "We propose BRIDGE. BRIDGE outperforms AWAC on MATH-500, and the margin survives an RLPD stage. "
                + "BRIDGE-7B scores 71.2 on MATH-500, and it comes close to Gemma-3-27B.")
            .Proposes(NodeLabel.Method, "BRIDGE").Proposes(NodeLabel.Model, "BRIDGE-7B").Names(NodeLabel.Method, "AWAC").Names(NodeLabel.Method, "RLPD")
            .Names(NodeLabel.Model, "Gemma-3-27B").Names(NodeLabel.Benchmark, "MATH-500")
            .Relations();

        Assert.Contains("BRIDGE OUTPERFORMS AWAC", relations);
        Assert.DoesNotContain("BRIDGE OUTPERFORMS RLPD", relations);
        Assert.DoesNotContain("Gemma-3-27B EVALUATED_ON MATH-500", relations);
    }

    [Fact]
    public void Extract_RewardASentenceOpeningWithItAdds_IsTheProposedMethods()
    {
        var relations = new RelationCase("BRIDGE",
                "We introduce BRIDGE, a critic-free algorithm. It also adds a small turn-level reward for actions that change the state.")
            .Proposes(NodeLabel.Method, "BRIDGE").Names(NodeLabel.Reward, "turn-level reward")
            .Relations();

        Assert.Equal(["BRIDGE USES_REWARD turn-level reward"], relations);
    }

    [Fact]
    public void Extract_LeadingComparison_LosersAreThePhrasesHeadsOnly()
    {
        var relations = new RelationCase("BRIDGE",
                "We propose BRIDGE. Compared with AWAC and with the fixed penalty used in RLPD, BRIDGE yields a better trade-off.")
            .Proposes(NodeLabel.Method, "BRIDGE").Names(NodeLabel.Method, "AWAC").Names(NodeLabel.Method, "RLPD")
            .Relations();

        Assert.Equal(["BRIDGE OUTPERFORMS AWAC"], relations);
    }

    [Fact]
    public void Extract_LeadingComparisonWhoseSubjectAchievesAGain_IsAWin()
    {
        var relations = new RelationCase("BRIDGE",
                "We propose BRIDGE. Compared with previous AWAC methods, BRIDGE achieves an over +6.4 average gain across six tasks.")
            .Proposes(NodeLabel.Method, "BRIDGE").Names(NodeLabel.Method, "AWAC")
            .Relations();

        Assert.Contains("BRIDGE OUTPERFORMS AWAC", relations);
    }

    [Fact]
    public void Extract_BaseOfThePapersOwnUnnamedModel_IsTrainedWithTheMethodAndMeasured()
    {
        var relations = new RelationCase("BRIDGE",
                "We propose BRIDGE. Our top-performing model, built on Qwen3-8B, reaches a 44.7 win rate on AlpacaEval 2.")
            .Proposes(NodeLabel.Method, "BRIDGE").Names(NodeLabel.Model, "Qwen3-8B").Names(NodeLabel.Benchmark, "AlpacaEval 2")
            .Relations();

        Assert.Contains("Qwen3-8B TRAINED_WITH BRIDGE", relations);
        Assert.Contains("Qwen3-8B EVALUATED_ON AlpacaEval 2", relations);
    }

    [Fact]
    public void Extract_CompressionOrAnArchitecturePart_IsNoTraining()
    {
        var relations = new RelationCase("Quantization Study",
                "We apply GPTQ and post-training quantization (PTQ) to Qwen3-8B, trained with grouped-query attention (GQA), and measure the loss in accuracy.")
            .Names(NodeLabel.Method, "GPTQ").Names(NodeLabel.Method, "PTQ").Names(NodeLabel.Model, "Qwen3-8B").Names(NodeLabel.Method, "GQA", "grouped-query attention")
            .Relations();

        Assert.DoesNotContain(relations, r => r.Contains("TRAINED_WITH", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ModelsAWinIsMeasuredOn_AreNotItsLosers()
    {
        var relations = new RelationCase("BRIDGE",
                "We propose BRIDGE. BRIDGE surpasses the state of the art on Qwen3-8B, Llama-3-8B and Mistral-7B, outperforming AWAC.")
            .Proposes(NodeLabel.Method, "BRIDGE").Names(NodeLabel.Model, "Qwen3-8B").Names(NodeLabel.Model, "Llama-3-8B")
            .Names(NodeLabel.Model, "Mistral-7B").Names(NodeLabel.Method, "AWAC")
            .Relations();

        Assert.Contains("BRIDGE OUTPERFORMS AWAC", relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("BRIDGE OUTPERFORMS", StringComparison.Ordinal) && !r.EndsWith("AWAC", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_LeadingComparisonWhoseSubjectPerformsBetter_IsAWin()
    {
        var relations = new RelationCase("BRIDGE",
                "We propose BRIDGE. Compared to the strong AWAC baseline, our method performs better on every task.")
            .Proposes(NodeLabel.Method, "BRIDGE").Names(NodeLabel.Method, "AWAC")
            .Relations();

        Assert.Contains("BRIDGE OUTPERFORMS AWAC", relations);
    }

    [Fact]
    public void Extract_MoreEfficientThan_IsNoWin()
    {
        var relations = new RelationCase("BRIDGE", "We propose BRIDGE. BRIDGE is more efficient than typical online AWAC methods.")
            .Proposes(NodeLabel.Method, "BRIDGE").Names(NodeLabel.Method, "AWAC")
            .Relations();

        Assert.Empty(relations);
    }

    [Fact]
    public void Extract_LossClaimedAgainstANameNotProposed_IsNoWin()
    {
        var relations = new RelationCase("BRIDGE", "We propose BRIDGE. AWAC falls behind RLPD.")
            .Proposes(NodeLabel.Method, "BRIDGE").Names(NodeLabel.Method, "AWAC").Names(NodeLabel.Method, "RLPD")
            .Relations();

        Assert.Empty(relations);
    }

    [Theory]
    [InlineData("BRIDGE reaches an 81% average success rate, compared with 54% for AWAC.")]
    [InlineData("BRIDGE keeps its reasoning in the query's language 97% of the time, against 71% for AWAC.")]
    [InlineData("BRIDGE reaches a human-normalized median of 0.71, compared with 0.49 for AWAC.")]
    [InlineData("BRIDGE attains 86.4% on MATH-500 and 30.0% on AIME24, compared with 83.9% and 23.3% for AWAC.")]
    [InlineData("BRIDGE raises the length-controlled win rate on AlpacaEval 2 from 41.2 with AWAC to 47.9.")]
    public void Extract_ResultSetAgainstTheLosersResult_IsAWin(string claim)
    {
        var relations = new RelationCase("BRIDGE", "We propose BRIDGE. " + claim)
            .Proposes(NodeLabel.Method, "BRIDGE").Names(NodeLabel.Method, "AWAC")
            .Relations();

        Assert.Equal(["BRIDGE OUTPERFORMS AWAC"], relations);
    }

    [Fact]
    public void Extract_LowerOfAQuantityThatIsNoCost_IsNoWin()
    {
        var relations = new RelationCase("BRIDGE", "We propose BRIDGE. BRIDGE reaches lower returns than AWAC.")
            .Proposes(NodeLabel.Method, "BRIDGE").Names(NodeLabel.Method, "AWAC")
            .Relations();

        Assert.Empty(relations);
    }

    [Theory]
    [InlineData("We distil traces from a larger teacher, QwQ-32B, and train Qwen3-8B with SFT.")]
    [InlineData("We train Qwen3-8B with SFT, using QwQ-32B as the teacher.")]
    [InlineData("Qwen3-8B is post-trained with SFT on 2.1 million traces generated by QwQ-32B.")]
    [InlineData("Qwen3-8B is trained with SFT to write notes that help a QwQ-32B reader.")]
    public void Extract_TeacherModel_IsNotTrained(string text)
    {
        var relations = new RelationCase("Distilling Reasoning", text)
            .Names(NodeLabel.Model, "QwQ-32B").Names(NodeLabel.Model, "Qwen3-8B").Names(NodeLabel.Method, "SFT")
            .Relations();

        Assert.Contains("Qwen3-8B TRAINED_WITH SFT", relations);
        Assert.DoesNotContain("QwQ-32B TRAINED_WITH SFT", relations);
    }

    [Fact]
    public void Extract_TestTimeProcedure_TrainsNoModel()
    {
        var relations = new RelationCase("Compute as Teacher", "We propose CaT. As a test-time procedure, CaT improves Gemma-3-4B and Qwen3-4B.")
            .Proposes(NodeLabel.Method, "CaT").Names(NodeLabel.Model, "Gemma-3-4B").Names(NodeLabel.Model, "Qwen3-4B")
            .Relations();

        Assert.DoesNotContain(relations, r => r.Contains("TRAINED_WITH", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SimulatorTrainedIn_IsNotWhereResultsAreReported()
    {
        var relations = new RelationCase("HandSpin", "We propose HandSpin. HandSpin trains a teacher policy in Isaac Gym and transfers to a real hand.")
            .Proposes(NodeLabel.Method, "HandSpin").Names(NodeLabel.Benchmark, "Isaac Gym")
            .Relations();

        Assert.DoesNotContain("HandSpin EVALUATED_ON Isaac Gym", relations);
    }

    [Fact]
    public void Extract_SecondClaimAfterAHedgedOne_IsAWin()
    {
        var relations = new RelationCase("FlowQ",
                "We propose FlowQ. FlowQ matches or exceeds IDQL while being faster, and it outperforms IQL and CQL.")
            .Proposes(NodeLabel.Method, "FlowQ").Names(NodeLabel.Method, "IDQL").Names(NodeLabel.Method, "IQL").Names(NodeLabel.Method, "CQL")
            .Relations();

        Assert.Equal(["FlowQ OUTPERFORMS CQL", "FlowQ OUTPERFORMS IQL"], relations.Where(r => r.Contains("OUTPERFORMS", StringComparison.Ordinal)));
    }

    [Fact]
    public void Extract_ModelAfterSuchAs_IsABaselineNotTrained()
    {
        var relations = new RelationCase("T1",
                "We present T1-115B. Notably, T1-115B outperforms proprietary models such as o1-mini and GPT-4o.")
            .Proposes(NodeLabel.Model, "T1-115B").Names(NodeLabel.Model, "o1-mini").Names(NodeLabel.Model, "GPT-4o")
            .Relations();

        Assert.Equal(["T1-115B OUTPERFORMS GPT-4o", "T1-115B OUTPERFORMS o1-mini"], relations);
    }

    [Fact]
    public void Extract_StandardParadigms_CarryTheirRewardsFromTheDataFile()
    {
        var relations = new RelationCase("A Study",
                "Reinforcement learning from human feedback (RLHF) and RLVR are compared. Human feedback is costly; verifiable rewards are cheap.")
            .Names(NodeLabel.Method, "RLHF", "reinforcement learning from human feedback").Names(NodeLabel.Method, "RLVR")
            .Names(NodeLabel.Reward, "human feedback").Names(NodeLabel.Reward, "verifiable reward")
            .Relations();

        Assert.Contains("RLHF USES_REWARD human feedback", relations);
        Assert.Contains("RLVR USES_REWARD verifiable reward", relations);
    }

    [Fact]
    public void Extract_RewardBesideTheProposedMethod_IsUsedByIt()
    {
        var relations = new RelationCase("RLCR: Beyond Binary Rewards",
                "We introduce RLCR, which optimizes a calibration reward. It is simple.")
            .Proposes(NodeLabel.Method, "RLCR").Names(NodeLabel.Reward, "calibration reward")
            .Relations();

        Assert.Equal(["RLCR USES_REWARD calibration reward"], relations);
    }

    [Theory]
    [InlineData("TP-GRPO", "GRPO")]
    [InlineData("Agent-RLVR", "RLVR")]
    [InlineData("TrSFT", "SFT")]
    [InlineData("PM4GRPO", "GRPO")]
    public void Extract_ProposedNameBuiltOnAnother_ExtendsIt(string proposed, string basis)
    {
        var relations = new RelationCase("A Method", $"We propose {proposed}, a new take on {basis} for reasoning.")
            .Proposes(NodeLabel.Method, proposed).Names(NodeLabel.Method, basis)
            .Relations();

        Assert.Contains($"{proposed} EXTENDS {basis}", relations);
    }

    [Fact]
    public void Extract_LongFormEndingInAnotherName_ExtendsIt()
    {
        var relations = new RelationCase("Future-conditioned Pretraining",
                "We propose Pretrained Decision Transformer (PDT), a simple approach. PDT is compared with Decision Transformer.")
            .ProposesDefined(NodeLabel.Method, "PDT", "Pretrained Decision Transformer").Names(NodeLabel.Method, "Decision Transformer")
            .Relations();

        Assert.Contains("PDT EXTENDS Decision Transformer", relations);
    }

    [Fact]
    public void Extract_LongFormOpeningWithAnotherNameAndAPreposition_ExtendsIt()
    {
        var relations = new RelationCase("Simpler Policy Gradients",
                "We propose REINFORCE with Shared Baselines (RSB), a simplified variant. RSB drops the clipping.")
            .ProposesDefined(NodeLabel.Method, "RSB", "REINFORCE with Shared Baselines").Names(NodeLabel.Method, "REINFORCE")
            .Relations();

        Assert.Contains("RSB EXTENDS REINFORCE", relations);
    }

    [Theory]
    [InlineData("We propose ReinVLA. ReinVLA optimises the action tokens with a PPO variant that shares the value head.", true)]
    [InlineData("We propose ReinVLA. ReinVLA is a memory-efficient approximation of PPO.", true)]
    [InlineData("We propose ReinVLA. ReinVLA optimises the action tokens with PPO and a value head.", false)]
    public void Extract_ProposedMethodCalledAVariantOfAnother_ExtendsIt(string abstractText, bool extends)
    {
        var relations = new RelationCase("ReinVLA", abstractText)
            .Proposes(NodeLabel.Method, "ReinVLA").Names(NodeLabel.Method, "PPO")
            .Relations();

        Assert.Equal(extends, relations.Contains("ReinVLA EXTENDS PPO"));
    }

    [Theory]
    [InlineData("We train ZoomR-7B, a model that calls a zoom tool, from Qwen2.5-VL-7B-Instruct using GRPO.", "Qwen2.5-VL-7B-Instruct", true)]
    [InlineData("The models are built from Qwen2.5-VL-7B-Instruct in three stages.", "Qwen2.5-VL-7B-Instruct", true)]
    // Data a model wrote, not a base.
    [InlineData("The models are trained on traces from Qwen2.5-VL-7B-Instruct in three stages.", "Qwen2.5-VL-7B-Instruct", false)]
    // No proposed model has its size.
    [InlineData("The models are built from Qwen2.5-VL-3B-Instruct in three stages.", "Qwen2.5-VL-3B-Instruct", false)]
    public void Extract_BaseNamedAfterFromInATrainingSentence_IsTheBaseOfTheProposedModelOfItsSize(string sentence, string basis, bool extends)
    {
        var relations = new RelationCase("ZoomR", "We present ZoomR-7B and ZoomR-32B. " + sentence)
            .Proposes(NodeLabel.Model, "ZoomR-7B").Proposes(NodeLabel.Model, "ZoomR-32B").Names(NodeLabel.Model, basis)
            .Relations();

        Assert.Equal(extends, relations.Contains($"ZoomR-7B EXTENDS {basis}"));
        Assert.DoesNotContain($"ZoomR-32B EXTENDS {basis}", relations);
    }

    [Theory]
    [InlineData("We build SearchPilot-3B and SearchPilot-7B on top of Qwen2.5-3B-Instruct and Qwen2.5-7B-Instruct.")]
    [InlineData("We present SearchPilot-3B and SearchPilot-7B, fine-tuned from Qwen2.5-3B-Instruct and Qwen2.5-7B-Instruct.")]
    public void Extract_NamesListedBeforeAndAfterTheCue_PairUpInOrder(string text)
    {
        var relations = new RelationCase("SearchPilot", text)
            .Proposes(NodeLabel.Model, "SearchPilot-3B").Proposes(NodeLabel.Model, "SearchPilot-7B")
            .Names(NodeLabel.Model, "Qwen2.5-3B-Instruct").Names(NodeLabel.Model, "Qwen2.5-7B-Instruct")
            .Relations();

        Assert.Contains("SearchPilot-3B EXTENDS Qwen2.5-3B-Instruct", relations);
        Assert.Contains("SearchPilot-7B EXTENDS Qwen2.5-7B-Instruct", relations);
        Assert.DoesNotContain("SearchPilot-7B EXTENDS Qwen2.5-3B-Instruct", relations);
    }

    [Theory]
    [InlineData("We train our model Light-R1-32B from Qwen2.5-32B-Instruct with two-stage SFT.", true)]
    [InlineData("We train the open agent Light-R1-32B from Qwen2.5-32B-Instruct on 8k tasks.", true)]
    [InlineData("Light-R1-32B improves from Qwen2.5-32B-Instruct's 40% to 60%.", false)]
    public void Extract_ModelTrainedFromAnother_ExtendsIt(string sentence, bool extends)
    {
        var relations = new RelationCase("Light-R1", sentence)
            .Proposes(NodeLabel.Model, "Light-R1-32B").Names(NodeLabel.Model, "Qwen2.5-32B-Instruct")
            .Relations();

        Assert.Equal(extends, relations.Contains("Light-R1-32B EXTENDS Qwen2.5-32B-Instruct"));
    }

    [Fact]
    public void Extract_SentenceOpeningWithTheCue_ExtendsTheBasisBeforeTheComma()
    {
        var relations = new RelationCase("Robo-Dopamine",
                "We introduce Dopamine-Reward, a reward model. Building upon Dopamine-Reward, we propose Dopamine-RL, a policy learning framework.")
            .Proposes(NodeLabel.Method, "Dopamine-Reward").Proposes(NodeLabel.Method, "Dopamine-RL")
            .Relations();

        Assert.Contains("Dopamine-RL EXTENDS Dopamine-Reward", relations);
        Assert.DoesNotContain("Dopamine-Reward EXTENDS Dopamine-RL", relations);
    }

    [Fact]
    public void Extract_KindNamedBeforeTheName_IsWhatItExtends()
    {
        var relations = new RelationCase("SQL Reasoning",
                "We use a warm-up stage using our offline RL approach called TAO, followed by online training.")
            .Proposes(NodeLabel.Method, "TAO").Names(NodeLabel.Method, "offline RL")
            .Relations();

        Assert.Contains("TAO EXTENDS offline RL", relations);
    }

    [Fact]
    public void Extract_RewardInsideAParadigmsName_IsThatParadigmsOnly()
    {
        var relations = new RelationCase("RLPT",
                "We propose RLPT. While reinforcement learning from human feedback (RLHF) relies on annotation, RLPT derives rewards from data.")
            .Proposes(NodeLabel.Method, "RLPT").Names(NodeLabel.Method, "RLHF", "reinforcement learning from human feedback")
            .Names(NodeLabel.Reward, "human feedback")
            .Relations();

        Assert.Contains("RLHF USES_REWARD human feedback", relations);
        Assert.DoesNotContain("RLPT USES_REWARD human feedback", relations);
    }

    [Fact]
    public void Extract_MethodNamedAfterAReward_UsesIt()
    {
        var relations = new RelationCase("Calibrated Reasoning",
                "We propose Reinforcement Learning with Calibration Rewards (RLCR). The calibration reward scores confidence.")
            .ProposesDefined(NodeLabel.Method, "RLCR", "Reinforcement Learning with Calibration Rewards").Names(NodeLabel.Reward, "calibration reward")
            .Relations();

        Assert.Contains("RLCR USES_REWARD calibration reward", relations);
    }

    [Fact]
    public void Extract_NameMerelyContainingLetters_DoesNotExtend()
    {
        var relations = new RelationCase("A Method", "We propose SPARK. Unlike ARK-style methods, it is fast.")
            .Proposes(NodeLabel.Method, "SPARK").Names(NodeLabel.Method, "ARK")
            .Relations();

        Assert.DoesNotContain("SPARK EXTENDS ARK", relations);
    }

    [Fact]
    public void Extract_RlStageModel_ExtendsItsSftSibling()
    {
        var relations = new RelationCase("MiMo-VL",
                "We release MiMo-VL-7B-SFT and MiMo-VL-7B-RL. MiMo-VL-7B-RL is strong.")
            .Proposes(NodeLabel.Model, "MiMo-VL-7B-SFT").Proposes(NodeLabel.Model, "MiMo-VL-7B-RL")
            .Relations();

        Assert.Equal(["MiMo-VL-7B-RL EXTENDS MiMo-VL-7B-SFT"], relations);
    }

    [Fact]
    public void Extract_ExtensionCue_ExtendsEveryCoordinatedName()
    {
        var relations = new RelationCase("RPT",
                "Our model, called RPT, leads to a generalization of both BERT and GPT. It is used with LLaMA.")
            .Proposes(NodeLabel.Model, "RPT").Names(NodeLabel.Model, "BERT").Names(NodeLabel.Model, "GPT").Names(NodeLabel.Model, "LLaMA")
            .Relations();

        Assert.Contains("RPT EXTENDS BERT", relations);
        Assert.Contains("RPT EXTENDS GPT", relations);
        Assert.DoesNotContain("RPT EXTENDS LLaMA", relations);
    }

    [Fact]
    public void Extract_ApposedKindOfMethod_IsExtended()
    {
        var relations = new RelationCase("DUMP",
                "We propose DUMP, a distribution-level curriculum learning framework for post-training. It uses GRPO.")
            .Proposes(NodeLabel.Method, "DUMP").Names(NodeLabel.Method, "curriculum learning").Names(NodeLabel.Method, "GRPO")
            .Relations();

        Assert.Contains("DUMP EXTENDS curriculum learning", relations);
        Assert.DoesNotContain("DUMP EXTENDS GRPO", relations);
    }

    [Fact]
    public void Extract_NameAnExtensionIsGivenAfterTheCue_ExtendsWhatTheCueNames()
    {
        var relations = new RelationCase("Enhancing Retrieval with Derived Documents",
                "Retrieval augmented generation (RAG) is the standard. In this work, we propose a novel extension to RAG systems, which we call Retrieval from Zeta Documents (RZD). RZD reads more.")
            .ProposesDefined(NodeLabel.Method, "RZD", "Retrieval from Zeta Documents").Names(NodeLabel.Method, "RAG", "Retrieval augmented generation")
            .Relations();

        Assert.Contains("RZD EXTENDS RAG", relations);
    }

    [Theory]
    [InlineData("We present ZetaBLIP. ZetaBLIP is built on BLIP-2 and reads video.", true)]
    // An opening contrast describes others' work.
    [InlineData("We present ZetaBLIP. Unlike models built on BLIP-2, ZetaBLIP reads video.", false)]
    public void Extract_ExtensionCueInAnOpeningContrast_SaysNothingOfTheProposal(string abstractText, bool extends)
    {
        var relations = new RelationCase("ZetaBLIP: Video Instruction Tuning", abstractText)
            .Proposes(NodeLabel.Model, "ZetaBLIP").Names(NodeLabel.Model, "BLIP-2")
            .Relations();

        Assert.Equal(extends, relations.Contains("ZetaBLIP EXTENDS BLIP-2"));
    }

    [Theory]
    [InlineData("To this end, we introduce FastZeta, a training-free approach to accelerate inference. We propose ZPS, a sampling strategy. Furthermore, ZPS performs well on E2-TTS-1B models.", false)]
    [InlineData("To this end, we introduce FastZeta, an approach to accelerate inference. We propose ZPS, a sampling strategy. Furthermore, ZPS performs well on E2-TTS-1B models.", true)]
    public void Extract_MethodsOfAPaperThatCallsItsMethodTrainingFree_TrainNoModel(string abstractText, bool trained)
    {
        var relations = new RelationCase("Accelerating Speech Synthesis", abstractText)
            .Proposes(NodeLabel.Method, "FastZeta").Proposes(NodeLabel.Method, "ZPS").Names(NodeLabel.Model, "E2-TTS-1B")
            .Relations();

        Assert.Equal(trained, relations.Contains("E2-TTS-1B TRAINED_WITH ZPS"));
    }

    [Fact]
    public void Extract_MethodOfATechniquesKind_TrainsNoModelItIsAppliedTo()
    {
        // A new speculative decoding framework is used at inference, like speculative decoding itself.
        var relations = new RelationCase("SpecX",
                "We introduce SpecX, a simple yet efficient speculative decoding framework. We apply SpecX to Vicuna-13B and LLaMA2-Chat-70B using a small draft head.")
            .Proposes(NodeLabel.Method, "SpecX").Names(NodeLabel.Method, "speculative decoding")
            .Names(NodeLabel.Model, "Vicuna-13B").Names(NodeLabel.Model, "LLaMA2-Chat-70B")
            .Relations();

        Assert.Contains("SpecX EXTENDS speculative decoding", relations);
        Assert.DoesNotContain("Vicuna-13B TRAINED_WITH SpecX", relations);
        Assert.DoesNotContain("LLaMA2-Chat-70B TRAINED_WITH SpecX", relations);
    }

    [Fact]
    public void Extract_ApposedKindThatIsACompressionOrDecodingTechnique_IsExtendedToo()
    {
        // A technique is no training method, but a new one of its kind is still a kind of it.
        var relations = new RelationCase("QuipX",
                "In this work, we introduce QuipX, a weight-only PTQ method that reaches 2 bits per weight.")
            .Proposes(NodeLabel.Method, "QuipX").Names(NodeLabel.Method, "post-training quantization", "PTQ")
            .Relations();

        Assert.Contains("QuipX EXTENDS post-training quantization", relations);
    }

    [Fact]
    public void Extract_HedgedComparison_ClaimsNoWin()
    {
        var relations = new RelationCase("RLBFF",
                "We propose RLBFF. Aligning Qwen3-32B with RLBFF can match or exceed the performance of o3-mini.")
            .Proposes(NodeLabel.Method, "RLBFF").Names(NodeLabel.Model, "Qwen3-32B").Names(NodeLabel.Model, "o3-mini")
            .Relations();

        Assert.DoesNotContain(relations, r => r.Contains("OUTPERFORMS", StringComparison.Ordinal));
        Assert.Contains("Qwen3-32B TRAINED_WITH RLBFF", relations);
    }

    [Fact]
    public void Extract_DatasetTrainedOn_IsNotAnEvaluation()
    {
        var relations = new RelationCase("PretrainZero",
                "We propose PretrainZero. We pretrain on Wikipedia and report gains on MMLU-Pro.")
            .Proposes(NodeLabel.Method, "PretrainZero").Names(NodeLabel.Benchmark, "Wikipedia").Names(NodeLabel.Benchmark, "MMLU-Pro")
            .Relations();

        Assert.Equal(["PretrainZero EVALUATED_ON MMLU-Pro"], relations);
    }

    [Theory]
    // The training verb is far from the dataset, past the models trained.
    [InlineData("Applying QuRE to GRPO training of Qwen3-4B-Base and Qwen3-8B-Base on DAPO-Math-17k reaches 40% on AIME24.", "DAPO-Math-17k")]
    // A second training set, after the first.
    [InlineData("We train Qwen3-4B-Base and Qwen3-8B-Base on the Countdown game and on MATH, and evaluate on AIME24.", "MATH")]
    public void Extract_DatasetAfterATrainingVerb_IsNotAnEvaluation_WhileTheOneAfterAResultIs(string sentence, string trainingSet)
    {
        var relations = new RelationCase("QuRE", "We propose QuRE. " + sentence)
            .Proposes(NodeLabel.Method, "QuRE").Names(NodeLabel.Model, "Qwen3-4B-Base").Names(NodeLabel.Benchmark, trainingSet).Names(NodeLabel.Benchmark, "AIME24")
            .Relations();

        Assert.DoesNotContain(relations, r => r.EndsWith("EVALUATED_ON " + trainingSet, StringComparison.Ordinal));
        Assert.Contains("QuRE EVALUATED_ON AIME24", relations);
    }

    [Fact]
    public void Extract_ResultAfterTraining_IsAnEvaluation()
    {
        var relations = new RelationCase("PGRP",
                "We propose PGRP. After identical RLVR training, PGRP checkpoints end 5.2 points higher on AIME24.")
            .Proposes(NodeLabel.Method, "PGRP").Names(NodeLabel.Method, "RLVR").Names(NodeLabel.Benchmark, "AIME24")
            .Relations();

        Assert.Contains("PGRP EVALUATED_ON AIME24", relations);
    }

    [Fact]
    public void Extract_RewardIntoATrainingOfModels_IsUsedByThatTrainingsMethodAndModels()
    {
        var relations = new RelationCase("MosaicRM",
                "We release MosaicRM-8B. Using the capped MosaicRM-8B as the reward for RLOO training of Llama-3.1-8B-Instruct and Qwen2.5-7B improves AlpacaEval 2.")
            .Proposes(NodeLabel.Reward, "MosaicRM-8B").Names(NodeLabel.Method, "RLOO").Names(NodeLabel.Model, "Llama-3.1-8B-Instruct").Names(NodeLabel.Model, "Qwen2.5-7B")
            .Relations();

        Assert.Contains("RLOO USES_REWARD MosaicRM-8B", relations);
        Assert.Contains("Llama-3.1-8B-Instruct USES_REWARD MosaicRM-8B", relations);
        Assert.Contains("Qwen2.5-7B USES_REWARD MosaicRM-8B", relations);
    }

    [Fact]
    public void Extract_RewardReplacedInATraining_IsNotUsedByIt()
    {
        var relations = new RelationCase("ProofCritic",
                "We train ProofCritic-8B. ProofCritic-8B replaces the outcome reward as the reward for RL training of Qwen3-4B-Base.")
            .Proposes(NodeLabel.Reward, "ProofCritic-8B").Names(NodeLabel.Reward, "outcome reward").Names(NodeLabel.Model, "Qwen3-4B-Base")
            .Relations();

        Assert.DoesNotContain("Qwen3-4B-Base USES_REWARD outcome reward", relations);
        Assert.Contains("Qwen3-4B-Base USES_REWARD ProofCritic-8B", relations);
    }

    [Fact]
    public void Extract_ModelsTrainedOnTheProposedReward_AreEvaluatedWhereTheNextSentenceReports()
    {
        var relations = new RelationCase("SpotCheck-VL",
                "We introduce SpotCheck-VL-7B, a reward model. We use its span scores as token-level rewards for PPO fine-tuning of InternVL3-8B. "
                + "Both policies reduce hallucination rates on AMBER by more than a third.")
            .Proposes(NodeLabel.Reward, "SpotCheck-VL-7B").Names(NodeLabel.Method, "PPO").Names(NodeLabel.Model, "InternVL3-8B").Names(NodeLabel.Benchmark, "AMBER")
            .Relations();

        Assert.Contains("InternVL3-8B EVALUATED_ON AMBER", relations);
    }

    [Fact]
    public void Extract_ProposedRewardsScoresUsedAsRewardsInATraining_AreThatRewardUsed()
    {
        var relations = new RelationCase("SpotCheck-VL",
                "We introduce SpotCheck-VL-7B, a reward model. We then use its span scores as token-level rewards for PPO fine-tuning of InternVL3-8B.")
            .Proposes(NodeLabel.Reward, "SpotCheck-VL-7B").Names(NodeLabel.Method, "PPO").Names(NodeLabel.Model, "InternVL3-8B")
            .Relations();

        Assert.Contains("PPO USES_REWARD SpotCheck-VL-7B", relations);
        Assert.Contains("InternVL3-8B USES_REWARD SpotCheck-VL-7B", relations);
    }

    [Fact]
    public void Extract_InferenceTechnique_IsNeverTrainedWith()
    {
        var relations = new RelationCase("A Model",
                "We train Qwen2.5-7B with chain-of-thought prompts and GRPO.")
            .Names(NodeLabel.Model, "Qwen2.5-7B").Names(NodeLabel.Method, "chain-of-thought").Names(NodeLabel.Method, "GRPO")
            .Relations();

        Assert.Equal(["Qwen2.5-7B TRAINED_WITH GRPO"], relations);
    }

    [Fact]
    public void Extract_ClosedWeightsModel_IsNeverTrainedWith_WhileAnOpenOneBesideItIs()
    {
        var relations = new RelationCase("A Model",
                "We apply DPO to Llama-3.1-8B, GPT-4o-mini and Gemini-1.5-Pro.")
            .Names(NodeLabel.Model, "Llama-3.1-8B").Names(NodeLabel.Model, "GPT-4o-mini").Names(NodeLabel.Model, "Gemini-1.5-Pro").Names(NodeLabel.Method, "DPO")
            .Relations();

        Assert.Equal(["Llama-3.1-8B TRAINED_WITH DPO"], relations);
    }

    [Fact]
    public void Extract_RewardModelsOnlyComparedWith_AreNoOnesReward()
    {
        var relations = new RelationCase("OmniJudge",
                "We propose OmniJudge. As the reward model in PPO, OmniJudge outperforms both Halo-Reward and Vox-Reward.")
            .Proposes(NodeLabel.Reward, "OmniJudge").Names(NodeLabel.Method, "PPO").Names(NodeLabel.Reward, "Halo-Reward").Names(NodeLabel.Reward, "Vox-Reward")
            .Relations();

        Assert.Contains("PPO USES_REWARD OmniJudge", relations);
        Assert.DoesNotContain(relations, r => r.EndsWith("USES_REWARD Halo-Reward", StringComparison.Ordinal) || r.EndsWith("USES_REWARD Vox-Reward", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ComparisonCueInAClosedParenthesis_DoesNotReachTheModelAfterIt()
    {
        var relations = new RelationCase("ZetaRL",
                "We propose ZetaRL. We release a recipe (including data) to align Qwen3-32B using ZetaRL. "
                + "We train with ZetaRL and compare with baselines such as Llama-3-8B (SFT) and Mistral-7B.")
            .Proposes(NodeLabel.Method, "ZetaRL").Names(NodeLabel.Model, "Qwen3-32B").Names(NodeLabel.Model, "Llama-3-8B").Names(NodeLabel.Model, "Mistral-7B")
            .Relations();

        Assert.Contains("Qwen3-32B TRAINED_WITH ZetaRL", relations);
        // A bracket opened and closed after the cue still lets it reach on.
        Assert.DoesNotContain("Mistral-7B TRAINED_WITH ZetaRL", relations);
    }

    [Fact]
    public void Extract_InferenceTechniqueBesideResults_IsNotEvaluated_AMethodIs()
    {
        var relations = new RelationCase("A Study",
                "A reward model trained with DPO outperforms an ORM on best-of-N reranking over MATH-500.")
            .Names(NodeLabel.Method, "DPO").Names(NodeLabel.Method, "best-of-N").Names(NodeLabel.Benchmark, "MATH-500")
            .Relations();

        Assert.Contains("DPO EVALUATED_ON MATH-500", relations);
        Assert.DoesNotContain("best-of-N EVALUATED_ON MATH-500", relations);
    }

    [Fact]
    public void Extract_FewerThanTwoMentions_FindsNothing()
    {
        var relations = new RelationCase("X", "We propose X and it outperforms everything.").Proposes(NodeLabel.Method, "X").Relations();

        Assert.Empty(relations);
    }
}
