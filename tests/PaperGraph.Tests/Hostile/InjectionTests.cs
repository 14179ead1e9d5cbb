using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using PaperGraph.Cli;
using PaperGraph.Export;
using PaperGraph.Graph;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Hostile;

/// <summary>
/// Names that look like Cypher, shell or spreadsheet formulas are plain data in graph.json and the CSV
/// bundle, and never reach import.sh, which holds only our own file names.
/// </summary>
public sealed partial class InjectionTests
{
    private static async Task<(string OutDir, string[] Titles)> BuildHostile()
    {
        var folder = Some.TempFolder();
        var titles = HostileText.Injections;
        // Ids keep the papers apart: several of these titles normalise to the same words (a title-only
        // paper's id is a hash of its normalised title), and the same paper read twice is one node.
        var lines = titles.Select((t, i) => JsonSerializer.Serialize(new
        {
            id = $"hostile-{i}",
            title = t,
            @abstract = $"We propose {t} and train it with GRPO; it beats PPO on AIME25. Case {i}.",
            authors = new[] { t, "Ann; Lee" },
        }));
        var input = Path.Combine(folder, "hostile.jsonl");
        await File.WriteAllLinesAsync(input, lines);
        var outDir = Path.Combine(folder, "graph");

        var run = await CliRun.Of("build", input, "--out", outDir);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        return (outDir, titles);
    }

    [Fact]
    public async Task Build_InjectionLookingTitlesAndAuthors_AreExactDataInGraphJson()
    {
        var (outDir, titles) = await BuildHostile();

        var graph = GraphJson.ReadFile(Path.Combine(outDir, "graph.json"));

        var papers = graph.Nodes.Where(n => n.Label == NodeLabel.Paper).ToList();
        Assert.Equal(titles.Order(StringComparer.Ordinal), papers.Select(p => p.Title).OfType<string>().Order(StringComparer.Ordinal));
        Assert.All(papers, p => Assert.Equal([p.Title ?? "", "Ann; Lee"], p.Authors));
    }

    [Fact]
    public async Task Build_InjectionAndFormulaLookingValues_AreExactUnprefixedCellsInTheBundle()
    {
        var (outDir, titles) = await BuildHostile();

        var rows = WriterRoundTripProperties.ReadCsv(Path.Combine(outDir, "nodes_Paper.csv"));

        Assert.Equal(titles.Order(StringComparer.Ordinal), rows.Select(r => r["title"]).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal([r["title"].Replace(';', ArrayField.Substitute), "Ann\uFF1B Lee"], ArrayField.Split(r["authors"])));
        // neo4j-admin must get "=HYPERLINK(...)" itself, not a spreadsheet-safe "'=HYPERLINK(...)".
        var csv = await File.ReadAllTextAsync(Path.Combine(outDir, "nodes_Paper.csv"));
        foreach (var formula in titles.Where(t => t[0] is '=' or '+' or '-' or '@'))
        {
            var cell = formula.Replace("\"", "\"\"", StringComparison.Ordinal);
            Assert.Matches($",\"?{Regex.Escape(cell)}", csv);
            Assert.DoesNotContain("'" + cell, csv);
        }
    }

    [Fact]
    public async Task Build_HostileInput_ImportScriptHoldsOnlyOurOwnLines()
    {
        var (outDir, titles) = await BuildHostile();

        var script = await File.ReadAllTextAsync(Path.Combine(outDir, "import.sh"));

        foreach (var line in script.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.True(FixedLines.Contains(line) || BundleFileLine().IsMatch(line), $"unexpected line in import.sh: {line}");
        }
        Assert.All(titles, t => Assert.DoesNotContain(t, script));
    }

    [SkippableFact]
    public async Task ImportScript_RunFromAFolderNamedLikeShell_PassesThePathAsPlainArguments()
    {
        Skip.If(OperatingSystem.IsWindows(), "import.sh is a POSIX shell script");
        var parent = Path.Combine(Some.TempFolder(), "$(touch pwned1) `touch pwned2` \"; touch pwned3; \"");
        var outDir = Path.Combine(parent, "graph");
        var run = await CliRun.Of("build", Some.TempFile("in.jsonl", "{\"title\": \"T\", \"abstract\": \"We use GRPO on AIME25.\"}\n"), "--out", outDir);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var admin = Path.Combine(Some.TempFolder(), "fake-neo4j-admin");
        await File.WriteAllTextAsync(admin, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(admin, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
        var info = new ProcessStartInfo("sh") { WorkingDirectory = parent, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(outDir, "import.sh"));
        info.Environment["NEO4J_ADMIN"] = admin;

        using var shell = Process.Start(info) ?? throw new InvalidOperationException("sh did not start");
        var args = (await shell.StandardOutput.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        await shell.WaitForExitAsync();

        Assert.Equal(0, shell.ExitCode);
        Assert.Contains($"--nodes={outDir}/nodes_Paper.csv", args);
        Assert.Empty(Directory.EnumerateFiles(parent, "pwned*"));
        Assert.Empty(Directory.EnumerateFiles(Environment.CurrentDirectory, "pwned*"));
    }

    private static readonly HashSet<string> FixedLines =
    [
        "#!/bin/sh",
        "# Full import of this bundle into the (stopped) database 'neo4j'. Generated by PaperGraph.",
        "# In the compose setup: docker compose --profile import run --rm neo4j-import",
        "# BUNDLE defaults to this script's folder; NEO4J_ADMIN to neo4j-admin on the PATH.",
        "set -eu",
        "BUNDLE=\"${BUNDLE:-$(cd \"$(dirname \"$0\")\" && pwd)}\"",
        "NEO4J_ADMIN=\"${NEO4J_ADMIN:-neo4j-admin}\"",
        "exec \"$NEO4J_ADMIN\" database import full neo4j \\",
        "  --overwrite-destination=true \\",
        "  --id-type=string \\",
        "  --array-delimiter=\";\" \\",
        "  --multiline-fields=true \\",
        "  \"$@\"",
    ];

    [GeneratedRegex(@"^  --(nodes=""\$BUNDLE/nodes_(Paper|Method|Model|Benchmark|Reward)\.csv""|relationships=""\$BUNDLE/rels_[A-Z_]+_(Paper|Method|Model|Benchmark|Reward)_(Paper|Method|Model|Benchmark|Reward)\.csv"") \\$")]
    private static partial Regex BundleFileLine();
}
