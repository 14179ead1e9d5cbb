using System.Text.RegularExpressions;
using PaperGraph.Graph;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Neo4j;

public sealed partial class Neo4jScriptsTests
{
    private static async Task<string> BuiltSample()
    {
        var dir = Path.Combine(Some.TempFolder(), "graph");
        Assert.Equal(0, (await CliRun.Of("build", Some.SampleInput, "--out", dir)).ExitCode);
        return dir;
    }

    [Fact]
    public async Task LoadCypher_LoadsExactlyTheCsvFilesOfItsBundle()
    {
        var dir = await BuiltSample();
        var script = await File.ReadAllTextAsync(Path.Combine(dir, "load.cypher"));

        var loaded = CsvUrl().Matches(script).Select(m => m.Groups[1].Value).Order().ToArray();

        var written = Directory.GetFiles(dir, "*.csv").Select(Path.GetFileName).Order().ToArray();
        Assert.Equal(written, loaded);
        Assert.Equal(loaded.Length, Regex.Matches(script, @"\} IN TRANSACTIONS OF 1000 ROWS;").Count);
    }

    [Fact]
    public async Task QueriesCypher_HoldsTenToFifteenCommentedQueries()
    {
        var dir = await BuiltSample();
        var script = await File.ReadAllTextAsync(Path.Combine(dir, "queries.cypher"));

        var queries = CypherLintTests.Statements(script);

        Assert.InRange(queries.Count, 10, 15);
        Assert.All(queries, q => Assert.StartsWith("//", q));
    }

    [Fact]
    public async Task StyleGrass_GivesEveryLabelAColourSizeAndCaption()
    {
        var dir = await BuiltSample();
        var style = await File.ReadAllTextAsync(Path.Combine(dir, "style.grass"));

        foreach (var label in NodeLabels.All)
        {
            var rule = Regex.Match(style, $@"node\.{label} \{{(?<body>[^}}]*)\}}");
            Assert.True(rule.Success, $"no rule for {label}");
            Assert.Contains("color:", rule.Groups["body"].Value);
            Assert.Contains("diameter:", rule.Groups["body"].Value);
            Assert.Contains("caption:", rule.Groups["body"].Value);
        }
    }

    [GeneratedRegex(@"FROM 'file:///graph/([^']+)'")]
    private static partial Regex CsvUrl();
}
