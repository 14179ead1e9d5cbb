using PaperGraph.Cli;
using PaperGraph.Cli.Commands;
using PaperGraph.Pipeline;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Hostile;

/// <summary>
/// An interrupted build, whether cancelled, Ctrl-C'd or killed, never leaves a complete-looking
/// bundle and leaves the previous one as it was; the leftovers of a killed run go on the next run.
/// </summary>
public sealed class InterruptedBuildTests
{
    private const string Good = "{\"title\": \"A paper\", \"abstract\": \"We use GRPO. It works.\"}";

    private static async Task<(string OutDir, Dictionary<string, string> Before)> PreviousBundle()
    {
        var outDir = Path.Combine(Some.TempFolder(), "graph");
        var run = await CliRun.Of("build", Some.TempFile("first.jsonl", Good + "\n"), "--out", outDir);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        return (outDir, ChildBuild.Snapshot(outDir));
    }

    private static string[] Siblings(string outDir) =>
        Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(outDir) ?? ".").Select(Path.GetFileName).OfType<string>()
            .Where(n => n != Path.GetFileName(outDir)).ToArray();

    [Fact]
    public void OutputFolder_WriteCancelledMidway_KeepsThePreviousFolderAndRemovesTheHalfWrittenOne()
    {
        var outDir = Path.Combine(Some.TempFolder(), "graph");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "graph.json"), "previous");
        using var cancel = new CancellationTokenSource();

        Assert.Throws<OperationCanceledException>(() => OutputFolder.WriteAtomically(outDir, dir =>
        {
            File.WriteAllText(Path.Combine(dir, "graph.json"), "half");
            cancel.Cancel();
            cancel.Token.ThrowIfCancellationRequested();
        }, cancel.Token));

        Assert.Equal("previous", File.ReadAllText(Path.Combine(outDir, "graph.json")));
        Assert.Empty(Siblings(outDir));
    }

    [Fact]
    public void OutputFolder_CancelledWhileAWriterIgnoresIt_StillDoesNotMoveTheResultIntoPlace()
    {
        var outDir = Path.Combine(Some.TempFolder(), "graph");
        using var cancel = new CancellationTokenSource();

        Assert.Throws<OperationCanceledException>(() => OutputFolder.WriteAtomically(outDir, dir =>
        {
            File.WriteAllText(Path.Combine(dir, "import.sh"), "complete-looking");
            cancel.Cancel();
        }, cancel.Token));

        Assert.False(Directory.Exists(outDir));
        Assert.Empty(Siblings(outDir));
    }

    [Fact]
    public void OutputFolder_LeftoversOfAKilledRun_AreRemovedAndAnInterruptedSwapIsUndone()
    {
        var outDir = Path.Combine(Some.TempFolder(), "graph");
        var parent = Path.GetDirectoryName(outDir) ?? ".";
        // A run killed between its two moves: the old folder set aside, the new one not yet in place.
        Directory.CreateDirectory(Path.Combine(parent, ".graph.previous-2147483000"));
        File.WriteAllText(Path.Combine(parent, ".graph.previous-2147483000", "graph.json"), "previous");
        Directory.CreateDirectory(Path.Combine(parent, ".graph.partial-2147483000"));
        Directory.CreateDirectory(Path.Combine(parent, ".graph.partial-2147483001"));
        Directory.CreateDirectory(Path.Combine(parent, ".other.partial-2147483001"));

        Assert.Throws<IOException>(() => OutputFolder.WriteAtomically(outDir, _ => throw new IOException("disk full"), CancellationToken.None));

        Assert.Equal("previous", File.ReadAllText(Path.Combine(outDir, "graph.json")));
        Assert.Equal([".other.partial-2147483001"], Siblings(outDir));
    }

    [Fact]
    public void OutputFolder_OutWithTrailingSeparator_IsWrittenInPlace()
    {
        // Regression: "out/" had an empty folder name, so the staging folder landed inside it.
        var outDir = Path.Combine(Some.TempFolder(), "graph") + Path.DirectorySeparatorChar;

        OutputFolder.WriteAtomically(outDir, dir => File.WriteAllText(Path.Combine(dir, "graph.json"), "new"), CancellationToken.None);

        Assert.Equal(["graph.json"], Directory.EnumerateFileSystemEntries(outDir).Select(Path.GetFileName));
    }

    [Fact]
    public void Pipeline_CancelledMidFile_StopsAtTheNextRecord()
    {
        var lines = Enumerable.Range(0, 12_000).Select(i => $"{{\"title\": \"Paper {i}\", \"abstract\": \"We study GRPO on MATH-500 in setting {i}.\"}}\n");
        var input = Some.TempFile("many.jsonl", string.Concat(lines));
        using var cancel = new CancellationTokenSource();
        var heard = new List<long>();

        Assert.ThrowsAny<OperationCanceledException>(() => BuildPipeline.Create([]).Run(new BuildOptions { Inputs = [input] }, Some.TempFolder(), cancel.Token, progress =>
        {
            heard.Add(progress.Papers);
            cancel.Cancel();
        }));

        var first = Assert.Single(heard);
        Assert.True(first < 12_000, $"progress first came after {first} papers: the build ran to the end before it could be stopped");
    }

    [Fact]
    public async Task Build_Interrupted_LeavesThePreviousBundleByteForByte()
    {
        var (outDir, before) = await PreviousBundle();

        var code = await PaperGraphCli.RunAsync(["build", Some.SampleInput, "--out", outDir], new StringWriter(), new StringWriter(),
            settings: null, new CancellationToken(canceled: true));

        Assert.Equal(ExitCodes.Interrupted, code);
        Assert.Equal(before, ChildBuild.Snapshot(outDir));
        Assert.Empty(Siblings(outDir));
    }

    [SkippableFact]
    public async Task Build_KilledWhileWriting_LeavesThePreviousBundleAndTheNextRunTidiesUp()
    {
        Skip.If(OperatingSystem.IsWindows(), "the child build is started and stopped with POSIX process semantics");
        var (outDir, before) = await PreviousBundle();
        var inputFolder = Some.TempFolder();

        var (exitCode, _) = ChildBuild.RunAndStop(ChildBuild.BigInput(inputFolder), outDir, child => child.Kill(entireProcessTree: true));

        Assert.NotEqual(ExitCodes.Success, exitCode);
        Assert.NotEqual(ExitCodes.DoneWithRejects, exitCode);
        Assert.Equal(before, ChildBuild.Snapshot(outDir));
        Assert.All(Siblings(outDir), name => Assert.Matches(@"^\.graph\.(partial|previous)-\d+$", name));

        var next = await CliRun.Of("build", Some.TempFile("next.jsonl", Good + "\n"), "--out", outDir);

        Assert.Equal(ExitCodes.Success, next.ExitCode);
        Assert.Empty(Siblings(outDir));
        Directory.Delete(inputFolder, recursive: true);
    }

    [SkippableTheory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task Build_CtrlCOrTerminatedWhileWriting_Exits130WithAMessageAndLeavesThePreviousBundle(string signal)
    {
        Skip.If(OperatingSystem.IsWindows(), "SIGINT and SIGTERM are POSIX signals");
        var (outDir, before) = await PreviousBundle();
        var inputFolder = Some.TempFolder();

        var (exitCode, error) = ChildBuild.RunAndStop(ChildBuild.BigInput(inputFolder), outDir, child => ChildBuild.Signal(child, signal));

        Assert.Equal(ExitCodes.Interrupted, exitCode);
        Assert.Contains("papergraph: interrupted; nothing incomplete was left in place.", error);
        Assert.Equal(before, ChildBuild.Snapshot(outDir));
        Assert.Empty(Siblings(outDir));
        Directory.Delete(inputFolder, recursive: true);
    }
}
