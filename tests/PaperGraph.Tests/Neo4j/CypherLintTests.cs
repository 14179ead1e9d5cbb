using System.Text.RegularExpressions;
using PaperGraph.Graph;
using PaperGraph.Neo4j;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Neo4j;

/// <summary>Every Cypher statement PaperGraph sends or writes passes Neo4j's own linter.</summary>
public sealed partial class CypherLintTests
{
    private static string Errors(IEnumerable<LintFinding> findings) =>
        string.Join("\n", findings.Where(f => f.Errors.Count > 0).Select(f => f.Name + ": " + string.Join("; ", f.Errors)));

    [SkippableFact]
    public async Task Linter_BrokenStatementsAndUnboundParameters_AreReportedAsErrors()
    {
        CypherLinter.SkipUnlessAvailable();

        var findings = await CypherLinter.LintAsync(
        [
            new("syntax", "MATCH (n RETURN n", []),
            new("unbound parameter", MergeStatements.NodeBatch(NodeLabel.Method), []),
            new("undefined variable", "MATCH (n:Method) RETURN m", []),
            new("valid", "MATCH (n:Method) RETURN n", []),
        ]);

        Assert.Equal([true, true, true, false], findings.Select(f => f.Errors.Count > 0));
        Assert.Contains("$rows", findings[1].Errors[0]);
    }

    /// <summary>Every statement a load can send: the schema, each label's batch and each allowed edge group's batch.</summary>
    internal static IReadOnlyList<CypherToLint> Catalog()
    {
        var statements = new List<CypherToLint>();
        statements.AddRange(MergeStatements.Schema.Select((s, i) => new CypherToLint($"schema {i}", s, [])));
        statements.AddRange(NodeLabels.All.Select(l => new CypherToLint($"nodes {l}", MergeStatements.NodeBatch(l), [MergeStatements.RowsParameter])));
        foreach (var type in RelationTypes.All)
        {
            foreach (var from in NodeLabels.All)
            {
                foreach (var to in NodeLabels.All.Where(to => type.Allows(from, to)))
                {
                    var group = new EdgeGroup(type, from, to);
                    statements.Add(new CypherToLint($"edges {group}", MergeStatements.EdgeBatch(group), [MergeStatements.RowsParameter]));
                }
            }
        }
        return statements;
    }

    [SkippableFact]
    public async Task SchemaAndEveryBatchStatement_PassTheLinter()
    {
        CypherLinter.SkipUnlessAvailable();
        var statements = Catalog();

        var findings = await CypherLinter.LintAsync(statements);

        Assert.True(statements.Count > 20, "every label and edge group is linted");
        Assert.Equal("", Errors(findings));
    }

    // The linter is slow (seconds per statement on a busy machine), so what a load sends is checked
    // against the linted catalog rather than linted again.
    [Fact]
    public async Task EveryStatementSentByALoad_IsALintedCatalogStatementWithTheParametersItDeclares()
    {
        var dir = Path.Combine(Some.TempFolder(), "graph");
        Assert.Equal(0, (await CliRun.Of("build", Some.SampleInput, "--out", dir)).ExitCode);
        using var server = new QueryApiStandIn();
        Assert.Equal(0, (await LoadRun.Of(server, null, "load", dir)).ExitCode);
        var catalog = Catalog().ToDictionary(c => c.Statement, c => c.Parameters);

        Assert.True(server.Committed.Count >= 10);
        Assert.All(server.Committed, sent =>
        {
            Assert.True(catalog.TryGetValue(sent.Statement ?? "", out var declared), "not in the linted catalog: " + sent.Statement);
            var names = sent.Parameters is { } p ? p.EnumerateObject().Select(x => x.Name).ToArray() : [];
            Assert.Equal(declared.Order(), names.Order());
        });
    }

    [SkippableFact]
    public async Task LoadCypherAndQueriesCypherOfABuild_PassTheLinter()
    {
        CypherLinter.SkipUnlessAvailable();
        var dir = Path.Combine(Some.TempFolder(), "graph");
        Assert.Equal(0, (await CliRun.Of("build", Some.SampleInput, "--out", dir)).ExitCode);
        var load = await File.ReadAllTextAsync(Path.Combine(dir, "load.cypher"));
        var queries = await File.ReadAllTextAsync(Path.Combine(dir, "queries.cypher"));

        var findings = await CypherLinter.LintAsync(
        [
            new("load.cypher", load, []),
            new("queries.cypher", queries, []),
        ]);

        Assert.Equal("", Errors(findings));
    }

    // queries.cypher separates its statements with ';' at a line end; none of its strings holds one.
    internal static IReadOnlyList<string> Statements(string script) =>
        StatementEnd().Split(script).Select(s => s.Trim()).Where(s => CommentOnly().Replace(s, "").Trim().Length > 0).ToArray();

    [GeneratedRegex(@";\s*$", RegexOptions.Multiline)]
    private static partial Regex StatementEnd();

    [GeneratedRegex(@"^\s*//.*$", RegexOptions.Multiline)]
    private static partial Regex CommentOnly();
}
