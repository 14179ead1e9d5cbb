using System.Diagnostics;
using System.Text.Json;
using PaperGraph.Evaluation;
using PaperGraph.Graph;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Evaluation;

/// <summary>The C# scorer against the reference: score.py --json on the same graph.json, every number compared.</summary>
public sealed class ScorePyAgreementTests
{
    [SkippableFact]
    public async Task Scorer_OnDevGoldWithExtractedGraph_AgreesWithScorePy()
    {
        var (gold, scorePy) = RequireTools();
        var outDir = Path.Combine(Some.TempFolder(), "graph");
        var run = await CliRun.Of("build", Path.Combine(Some.SharedFolder ?? "", "data", "seed-abstracts.txt"), "--out", outDir);
        Assert.Equal(0, run.ExitCode);

        AssertAgrees(gold, scorePy, Path.Combine(outDir, "graph.json"));
    }

    [SkippableFact]
    public async Task Scorer_OnDevGoldWithGoldMentionGraph_AgreesWithScorePy()
    {
        // The gold-mention graph has every relation type with both ends matched, so it exercises
        // the relation and proposes counts far more than the extracted graph does.
        var (gold, scorePy) = RequireTools();
        var graphPath = Path.Combine(Some.TempFolder(), "graph.json");
        var run = await CliRun.Of("eval", "--gold-mentions", "--gold", gold, Path.Combine(Some.SharedFolder ?? "", "data", "seed-abstracts.txt"), "--graph-out", graphPath);
        Assert.Equal(0, run.ExitCode);

        AssertAgrees(gold, scorePy, graphPath);
    }

    private static void AssertAgrees(string gold, string scorePy, string graphPath)
    {
        using var expected = JsonDocument.Parse(RunScorePy(scorePy, gold, graphPath));
        var report = ExtractionScorer.Score(GoldReader.ReadFile(gold), GraphJson.ReadFile(graphPath));
        using var buffer = new MemoryStream();
        ScoreReportWriter.WriteJson(report, buffer);
        using var actual = JsonDocument.Parse(buffer.ToArray());

        AssertSame(expected.RootElement, actual.RootElement, "$");
    }

    private static void AssertSame(JsonElement expected, JsonElement actual, string path)
    {
        Assert.True(expected.ValueKind == actual.ValueKind, $"{path}: {expected.ValueKind} in score.py, {actual.ValueKind} in C#");
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                Assert.Equal(expected.EnumerateObject().Select(p => p.Name), actual.EnumerateObject().Select(p => p.Name));
                foreach (var property in expected.EnumerateObject())
                    AssertSame(property.Value, actual.GetProperty(property.Name), path + "." + property.Name);
                break;
            case JsonValueKind.Array:
                Assert.Equal(expected.GetArrayLength(), actual.GetArrayLength());
                for (var i = 0; i < expected.GetArrayLength(); i++) AssertSame(expected[i], actual[i], $"{path}[{i}]");
                break;
            case JsonValueKind.Number:
                Assert.True(Math.Abs(expected.GetDouble() - actual.GetDouble()) < 1e-12, $"{path}: score.py {expected.GetDouble()}, C# {actual.GetDouble()}");
                break;
            default:
                Assert.Equal(expected.ToString(), actual.ToString());
                break;
        }
    }

    private static (string Gold, string ScorePy) RequireTools()
    {
        var shared = Some.SharedFolder;
        ExternalTool.SkipUnlessAvailable("../shared", shared is not null, "the dev gold and score.py live in ../shared beside the repo");
        var gold = Path.Combine(shared ?? "", "data", "dev.gold.jsonl");
        var scorePy = Path.Combine(shared ?? "", "tools", "score.py");
        ExternalTool.SkipUnlessAvailable("python3", PythonAvailable(), "score.py needs python3 on PATH");
        return (gold, scorePy);
    }

    private static bool PythonAvailable()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("python3", "--version") { RedirectStandardOutput = true, RedirectStandardError = true });
            process?.WaitForExit();
            return process?.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static string RunScorePy(string scorePy, string gold, string graph)
    {
        var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { scorePy, gold, graph, "--json" }) info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("python3 did not start");
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"score.py exited {process.ExitCode}: {stderr}");
        return stdout;
    }
}
