using System.Text.Json;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Evaluation;

public sealed class EvalCommandTests
{
    private const string Gold = """{"title": "RLP: Reinforcement as a Pretraining Objective", "entities": [{"id": "rlp", "type": "Method", "name": "RLP", "proposed": true}], "relations": []}""";

    [Fact]
    public async Task Eval_OnSample_PrintsScorePyLines()
    {
        var gold = Some.TempFile("g.gold.jsonl", Gold + "\n");

        var run = await CliRun.Of("eval", "--gold", gold, Some.SampleInput);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("papers: 1  missing: 0", run.Out);
        Assert.Contains("entities  Method        P=", run.Out);
        Assert.Contains("proposes  P=1.000 R=1.000 F1=1.000", run.Out);
        Assert.Contains("identity  B3 P=1.000 R=1.000 F1=1.000", run.Out);
    }

    [Fact]
    public async Task Eval_WithJson_PrintsScorePyShape()
    {
        var gold = Some.TempFile("g.gold.jsonl", Gold + "\n");

        var run = await CliRun.Of("eval", "--gold", gold, Some.SampleInput, "--json");

        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(1, json.RootElement.GetProperty("papers").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("entities").GetProperty("Method").GetProperty("tp").GetInt32());
    }

    [Fact]
    public async Task Eval_BadGoldLine_ExitsWithUsageErrorNamingFileAndLine()
    {
        var gold = Some.TempFile("bad.gold.jsonl", Gold + "\nnot json\n");

        var run = await CliRun.Of("eval", "--gold", gold, Some.SampleInput);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.gold.jsonl:2", run.Error);
    }

    [Fact]
    public async Task Eval_MissingGold_ExitsWithUsageError()
    {
        var run = await CliRun.Of("eval", "--gold", "/no/such/gold.jsonl", Some.SampleInput);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/no/such/gold.jsonl", run.Error);
    }
}
