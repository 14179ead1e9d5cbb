using PaperGraph.Cli;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Hostile;

/// <summary>Every exit code of README's table, through the CLI in memory; errors are one line with no stack trace.</summary>
public sealed class ExitCodeTests
{
    private static string JsonLines(params string[] lines) => Some.TempFile("in.jsonl", string.Join("\n", lines) + "\n");

    private const string Good = "{\"title\": \"A paper\", \"abstract\": \"We use GRPO. It works.\"}";

    private static void AssertOneCleanLine(string error)
    {
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("papergraph: ", error);
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("Exception", error);
    }

    [Fact]
    public async Task Build_EveryRecordRead_ExitsZero()
    {
        var run = await CliRun.Of("build", JsonLines(Good), "--out", Path.Combine(Some.TempFolder(), "g"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task Build_SomeRecordsRejected_ExitsOneAndCountsThem()
    {
        var run = await CliRun.Of("build", JsonLines(Good, "{broken", "{\"title\": \"x\"}"), "--out", Path.Combine(Some.TempFolder(), "g"));

        Assert.Equal(ExitCodes.DoneWithRejects, run.ExitCode);
        Assert.Contains("1 read, 2 rejected", run.Out);
    }

    [Theory]
    [InlineData("build", "{in}", "--bogus")]
    [InlineData("build", "{in}", "--format", "yaml")]
    [InlineData("build")]
    [InlineData("frobnicate")]
    [InlineData("build", "/no/such/input.jsonl")]
    [InlineData("build", "{in}", "--lexicon", "/no/such/lexicon.tsv")]
    [InlineData("build", "{in}", "--strict")]
    [InlineData("build", "{in}", "--out", "{file}")]
    public async Task Build_UsageOrInputError_ExitsTwoWithOneClearLine(params string[] args)
    {
        var input = JsonLines(Good, "{broken");
        var file = Some.TempFile("not-a-folder", "x");
        var resolved = args.Select(a => a.Replace("{in}", input).Replace("{file}", file)).ToArray();

        var run = await CliRun.Of(resolved);

        Assert.Equal(ExitCodes.UsageOrInput, run.ExitCode);
        AssertOneCleanLine(run.Error);
    }

    [Fact]
    public async Task Build_UnknownOption_IsCalledAnOptionNotAMissingFile()
    {
        var run = await CliRun.Of("build", JsonLines(Good), "--bogus");

        Assert.Equal("papergraph: unknown option '--bogus'. Run 'papergraph --help' for usage.", run.Error.Trim());
    }

    [Fact]
    public async Task Build_BadFormatValue_NamesTheAllowedValues()
    {
        var run = await CliRun.Of("build", JsonLines(Good), "--format", "yaml");

        Assert.Contains("yaml", run.Error);
        Assert.Contains("jsonl", run.Error);
        Assert.DoesNotContain("PaperGraph.Ingest", run.Error);
    }

    [Fact]
    public async Task Build_Interrupted_Exits130WithAMessageAndWritesNothing()
    {
        var outDir = Path.Combine(Some.TempFolder(), "g");
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await PaperGraphCli.RunAsync(["build", JsonLines(Good), "--out", outDir], output, error, settings: null, new CancellationToken(canceled: true));

        Assert.Equal(ExitCodes.Interrupted, code);
        Assert.Equal("papergraph: interrupted; nothing incomplete was left in place.", error.ToString().Trim());
        Assert.False(Directory.Exists(outDir));
    }
}
