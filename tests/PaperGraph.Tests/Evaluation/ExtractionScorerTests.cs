using PaperGraph.Evaluation;
using PaperGraph.Graph;
using static PaperGraph.Tests.Evaluation.GraphBuilder;

namespace PaperGraph.Tests.Evaluation;

public sealed class ExtractionScorerTests
{
    private const string Title = "RLP: Reinforcement as a Pretraining Objective";

    private static GoldPaper Paper(IReadOnlyList<GoldEntity> entities, params GoldRelation[] relations) =>
        new() { Title = Title, Entities = entities, Relations = relations };

    [Fact]
    public void Score_ExactNamePassFirst_AliasMatchDoesNotStealTheGoldOfAnExactName()
    {
        // Node a's alias "RLP" would match gold "rlp" in the alias pass, but node b is named RLP:
        // the exact pass gives "rlp" to b, and a falls back to its own exact match.
        var gold = Paper([Gold("rlp", NodeLabel.Method, "RLP"), Gold("grpo", NodeLabel.Method, "GRPO")]);
        var graph = new GraphBuilder().Paper("p", Title)
            .Entity("p", "a", NodeLabel.Method, "GRPO", aliases: "RLP")
            .Entity("p", "b", NodeLabel.Method, "RLP").Build();

        var report = ExtractionScorer.Score([gold], graph);

        Assert.Equal((2, 0, 0), (report.EntitiesAll.Tp, report.EntitiesAll.Fp, report.EntitiesAll.Fn));
    }

    [Fact]
    public void Score_TwoNodesForOneGoldEntity_OnlyOneMatchesTheOtherIsAFalsePositive()
    {
        var gold = Paper([Gold("rlvr", NodeLabel.Method, "RLVR", aliases: "Reinforcement Learning with Verifiable Rewards")]);
        var graph = new GraphBuilder().Paper("p", Title)
            .Entity("p", "m1", NodeLabel.Method, "RLVR")
            .Entity("p", "m2", NodeLabel.Method, "reinforcement learning with verifiable reward").Build();

        var report = ExtractionScorer.Score([gold], graph);

        Assert.Equal((1, 1, 0), (report.EntitiesAll.Tp, report.EntitiesAll.Fp, report.EntitiesAll.Fn));
        Assert.Equal(1.0, report.IdentityB3.Precision);
    }

    [Fact]
    public void Score_NonCoreGold_IsNeitherRequiredNorAnErrorWhenFound()
    {
        var gold = Paper([Gold("rlp", NodeLabel.Method, "RLP"), Gold("cot", NodeLabel.Method, "chain-of-thought", core: false), Gold("sft", NodeLabel.Method, "SFT", core: false)]);
        var graph = new GraphBuilder().Paper("p", Title)
            .Entity("p", "rlp", NodeLabel.Method, "RLP")
            .Entity("p", "cot", NodeLabel.Method, "Chain of Thought").Build();

        var report = ExtractionScorer.Score([gold], graph);

        Assert.Equal((1, 0, 0), (report.EntitiesAll.Tp, report.EntitiesAll.Fp, report.EntitiesAll.Fn));
    }

    [Fact]
    public void Score_LabelsMustAgree()
    {
        var gold = Paper([Gold("rpt", NodeLabel.Model, "RPT")]);
        var graph = new GraphBuilder().Paper("p", Title).Entity("p", "rpt", NodeLabel.Method, "RPT").Build();

        var report = ExtractionScorer.Score([gold], graph);

        var method = report.Entities.Single(kv => kv.Key == "Method").Value;
        var model = report.Entities.Single(kv => kv.Key == "Model").Value;
        Assert.Equal((0, 1, 0), (method.Tp, method.Fp, method.Fn));
        Assert.Equal((0, 0, 1), (model.Tp, model.Fp, model.Fn));
    }

    [Fact]
    public void Score_RelationWithAnUnmatchedEnd_IsAFalsePositiveOfItsType()
    {
        var gold = Paper(
            [Gold("rlp", NodeLabel.Method, "RLP", proposed: true), Gold("aime25", NodeLabel.Benchmark, "AIME25"), Gold("qwen", NodeLabel.Model, "Qwen3-1.7B-Base")],
            new GoldRelation("rlp", "EVALUATED_ON", "aime25"), new GoldRelation("qwen", "TRAINED_WITH", "rlp"));
        var graph = new GraphBuilder().Paper("p", Title)
            .Entity("p", "rlp", NodeLabel.Method, "RLP", RelationType.Proposes)
            .Entity("p", "aime", NodeLabel.Benchmark, "AIME25", RelationType.EvaluatesOn)
            .Entity("p", "x", NodeLabel.Benchmark, "MMLU", RelationType.EvaluatesOn)
            .Relation("p", "rlp", RelationType.EvaluatedOn, "aime")
            .Relation("p", "rlp", RelationType.EvaluatedOn, "x").Build();

        var report = ExtractionScorer.Score([gold], graph);

        var evaluated = report.Relations.Single(kv => kv.Key == "EVALUATED_ON").Value;
        var trained = report.Relations.Single(kv => kv.Key == "TRAINED_WITH").Value;
        Assert.Equal((1, 1, 0), (evaluated.Tp, evaluated.Fp, evaluated.Fn));
        Assert.Equal((0, 0, 1), (trained.Tp, trained.Fp, trained.Fn));
        Assert.Equal("all", report.Relations[0].Key);
        Assert.Equal((1.0, 1.0), (report.Proposes.Precision, report.Proposes.Recall));
    }

    [Fact]
    public void Score_PaperMissingFromGraph_IsListedAndItsGoldCountsAsMissed()
    {
        var gold = Paper([Gold("rlp", NodeLabel.Method, "RLP", proposed: true)]);

        var report = ExtractionScorer.Score([gold], new GraphBuilder().Paper("p", "Another Paper").Build());

        Assert.Equal([Title], report.PapersMissing);
        Assert.Equal(1, report.EntitiesAll.Fn);
        Assert.Equal((0.0, 0.0, 0.0), (report.Proposes.Precision, report.Proposes.Recall, report.Proposes.F1));
    }

    [Fact]
    public void Score_OneNodeForTwoGoldIdentities_LowersB3Precision()
    {
        // One predicted node "RPT" stands for two different gold entities in two papers.
        var gold = new[]
        {
            new GoldPaper { Title = "Paper One", Entities = [Gold("rpt-robot", NodeLabel.Model, "RPT")], Relations = [] },
            new GoldPaper { Title = "Paper Two", Entities = [Gold("rpt-relational", NodeLabel.Model, "RPT")], Relations = [] },
        };
        var graph = new GraphBuilder().Paper("p1", "Paper One").Paper("p2", "Paper Two")
            .Entity("p1", "rpt", NodeLabel.Model, "RPT").Entity("p2", "rpt", NodeLabel.Model, "RPT").Build();

        var report = ExtractionScorer.Score(gold, graph);

        Assert.Equal(0.5, report.IdentityB3.Precision, 9);
        Assert.Equal(1.0, report.IdentityB3.Recall, 9);
    }
}
