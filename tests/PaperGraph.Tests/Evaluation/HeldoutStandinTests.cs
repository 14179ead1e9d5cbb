using System.Text.Json;
using PaperGraph.Evaluation;
using PaperGraph.Ingest;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Evaluation;

/// <summary>
/// tests/data/heldout and heldout2 to heldout9 hold self-written stand-ins for the held-out set: each
/// an input file and its gold, generated together from one annotation source. These tests keep the
/// two in step when either is edited, so the scores in their READMEs stay measurable.
/// </summary>
public sealed class HeldoutStandinTests
{
    private static readonly string[] EntityRelationTypes = ["USES_REWARD", "TRAINED_WITH", "EVALUATED_ON", "EXTENDS", "OUTPERFORMS"];

    public static TheoryData<string, string, int> Sets => new()
    {
        { "heldout", "heldout-standin", 40 },
        { "heldout2", "heldout2", 36 },
        { "heldout3", "heldout3", 30 },
        { "heldout4", "heldout4", 30 },
        { "heldout5", "heldout5", 30 },
        { "heldout6", "heldout6", 30 },
        { "heldout7", "heldout7", 30 },
        { "heldout8", "heldout8", 30 },
        { "heldout9", "heldout9", 30 },
    };

    private static string GoldPath(string folder, string stem) => Path.Combine(Some.RepoRoot, "tests", "data", folder, stem + ".gold.jsonl");

    private static string InputPath(string folder, string stem) => Path.Combine(Some.RepoRoot, "tests", "data", folder, stem + ".txt");

    [Theory]
    [MemberData(nameof(Sets))]
    public void Gold_EveryRelationJoinsEntitiesOfItsOwnPaper(string folder, string stem, int papers)
    {
        var gold = GoldReader.ReadFile(GoldPath(folder, stem));

        Assert.Equal(papers, gold.Count);
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

    [Theory]
    [MemberData(nameof(Sets))]
    public void Input_ReadsWithoutRejections_AsTheGoldTitlesInOrder(string folder, string stem, int papers)
    {
        var input = InputPath(folder, stem);
        using var stream = File.OpenRead(input);

        var results = new CopiedPageReader().Read(stream, input, CancellationToken.None).ToList();

        Assert.All(results, r => Assert.Null(r.Rejection));
        Assert.Equal(papers, results.Count);
        Assert.Equal(GoldReader.ReadFile(GoldPath(folder, stem)).Select(g => g.Title), results.Select(r => r.Paper?.Title));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public async Task Eval_OnStandin_MatchesEveryGoldPaperToAnExtractedOne(string folder, string stem, int papers)
    {
        var run = await CliRun.Of("eval", "--gold", GoldPath(folder, stem), InputPath(folder, stem), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(papers, json.RootElement.GetProperty("papers").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("papers_missing").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("entities").GetProperty("all").GetProperty("tp").GetInt32() > 0);
    }
}
