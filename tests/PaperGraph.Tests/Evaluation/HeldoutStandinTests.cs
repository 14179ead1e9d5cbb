using System.Text.Json;
using PaperGraph.Evaluation;
using PaperGraph.Ingest;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Evaluation;

/// <summary>
/// tests/data/heldout holds a self-written stand-in for the held-out set: an input file and its
/// gold, generated together from one annotation source. These tests keep the two in step when
/// either is edited, so the scores in its README stay measurable.
/// </summary>
public sealed class HeldoutStandinTests
{
    private static readonly string Folder = Path.Combine(Some.RepoRoot, "tests", "data", "heldout");
    private static readonly string GoldPath = Path.Combine(Folder, "heldout-standin.gold.jsonl");
    private static readonly string InputPath = Path.Combine(Folder, "heldout-standin.txt");
    private static readonly string[] EntityRelationTypes = ["USES_REWARD", "TRAINED_WITH", "EVALUATED_ON", "EXTENDS", "OUTPERFORMS"];

    [Fact]
    public void Gold_FortyPapers_EveryRelationJoinsEntitiesOfItsOwnPaper()
    {
        var gold = GoldReader.ReadFile(GoldPath);

        Assert.Equal(40, gold.Count);
        Assert.All(gold, paper =>
        {
            var ids = paper.Entities.Select(e => e.Id).ToHashSet();
            Assert.Equal(paper.Entities.Count, ids.Count);
            Assert.All(paper.Relations, r =>
            {
                Assert.Contains(r.Head, ids);
                Assert.Contains(r.Tail, ids);
                Assert.Contains(r.Type, EntityRelationTypes);
            });
        });
    }

    [Fact]
    public void Input_ReadsWithoutRejections_AsTheGoldTitlesInOrder()
    {
        using var stream = File.OpenRead(InputPath);

        var results = new CopiedPageReader().Read(stream, InputPath, CancellationToken.None).ToList();

        Assert.All(results, r => Assert.Null(r.Rejection));
        Assert.Equal(GoldReader.ReadFile(GoldPath).Select(g => g.Title), results.Select(r => r.Paper?.Title));
    }

    [Fact]
    public async Task Eval_OnStandin_MatchesEveryGoldPaperToAnExtractedOne()
    {
        var run = await CliRun.Of("eval", "--gold", GoldPath, InputPath, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(40, json.RootElement.GetProperty("papers").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("papers_missing").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("entities").GetProperty("all").GetProperty("tp").GetInt32() > 0);
    }
}
