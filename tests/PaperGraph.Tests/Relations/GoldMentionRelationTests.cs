using PaperGraph.Evaluation;
using PaperGraph.Extraction.Relations;
using PaperGraph.Pipeline;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Relations;

/// <summary>The relation rules alone, on the dev gold's own entities: a floor that catches a rule gone wrong.</summary>
public sealed class GoldMentionRelationTests
{
    [SkippableFact]
    public void RelationRules_WithGoldMentionsOnDevGold_KeepF1AboveSeventyPercent()
    {
        ExternalTool.SkipUnlessAvailable("../shared", Some.SharedFolder is not null, "the dev gold lives in ../shared beside the repo");
        var shared = Some.SharedFolder ?? "";
        var gold = GoldReader.ReadFile(Path.Combine(shared, "data", "dev.gold.jsonl"));
        var pipeline = new BuildPipeline(new GoldMentionExtractor(gold, new RelationExtractor()), TimeProvider.System);

        var graph = pipeline.BuildGraph(new BuildOptions { Inputs = [Path.Combine(shared, "data", "seed-abstracts.txt")] });
        var report = ExtractionScorer.Score(gold, graph);

        Assert.Equal(1.0, report.EntitiesAll.F1);
        Assert.True(report.RelationsAll.F1 >= 0.70, $"relation F1 with gold mentions fell to {report.RelationsAll.F1:F3}");
    }
}
