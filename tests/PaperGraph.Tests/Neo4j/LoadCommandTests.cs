using PaperGraph.Graph;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Neo4j;

public sealed class LoadCommandTests : IDisposable
{
    private const string HostileTitle = "'); MATCH (n) DETACH DELETE n //";
    private readonly QueryApiStandIn _server = new();

    public void Dispose() => _server.Dispose();

    private static async Task<string> BuiltSample()
    {
        var dir = Path.Combine(Some.TempFolder(), "graph");
        var build = await CliRun.Of("build", Some.SampleInput, "--out", dir);
        Assert.Equal(0, build.ExitCode);
        return dir;
    }

    private static async Task<string> BuiltHostile()
    {
        var input = Some.TempFile("hostile.jsonl",
            $$"""
            {"title": "{{HostileTitle.Replace("\"", "\\\"")}}", "abstract": "{{Some.Abstract("We propose `Evil`]->() DELETE x, trained with GRPO on MMLU-Pro using $(rm -rf /) rewards.")}}"}
            {"title": "A second paper about GRPO", "abstract": "{{Some.Abstract("We apply GRPO with verifiable rewards and evaluate on AIME25.")}}"}

            """);
        var dir = Path.Combine(Some.TempFolder(), "graph");
        var build = await CliRun.Of("build", input, "--out", dir);
        Assert.Equal(0, build.ExitCode);
        return dir;
    }

    [Fact]
    public async Task Load_Sample_SendsEveryNodeIdOfGraphJsonInParameters()
    {
        var dir = await BuiltSample();
        var graph = GraphJson.ReadFile(Path.Combine(dir, "graph.json"));

        var run = await LoadRun.Of(_server, null, "load", dir, "--batch-size", "50");

        Assert.Equal(0, run.ExitCode);
        var sentIds = LoadRun.CommittedRows(_server)
            .Where(r => r.Row.TryGetProperty("id", out _))
            .Select(r => r.Row.GetProperty("id").GetString() ?? "")
            .ToHashSet();
        Assert.Equal(graph.Nodes.Select(n => n.Id).ToHashSet(), sentIds);
        Assert.Equal(graph.Edges.Count, LoadRun.CommittedRows(_server).Count(r => r.Row.TryGetProperty("source", out _)));
        Assert.All(_server.Committed, r => Assert.True(r.Parameters?.TryGetProperty("rows", out var rows) != true || rows.GetArrayLength() <= 50));
        Assert.Contains($"loaded {graph.Nodes.Count} nodes and {graph.Edges.Count} edges", run.Out);
        Assert.Contains($"{graph.Nodes.Count} nodes created", run.Out);
    }

    [Fact]
    public async Task Load_HostileTitle_TravelsAsAParameterNeverAsCypher()
    {
        var dir = await BuiltHostile();

        var run = await LoadRun.Of(_server, null, "load", dir);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(LoadRun.CommittedRows(_server), r => r.Row.TryGetProperty("title", out var t) && t.GetString() == HostileTitle);
        Assert.All(_server.Requests, r =>
        {
            Assert.DoesNotContain("DETACH DELETE", r.Statement);
            Assert.DoesNotContain("rm -rf", r.Statement);
            Assert.DoesNotContain("Evil", r.Statement);
        });
    }

    [Fact]
    public async Task Load_HostileNamesAliasesAndEvidence_ArriveVerbatimInParametersOnly()
    {
        string[] hostile = [HostileTitle, "`) DETACH DELETE n //", "$(rm -rf /)", "x\"}); DROP CONSTRAINT paper_id; //", "a;b\nc\r\n\u0000d", "שלום 🙂 e\u0301"];
        var paper = new GraphNode { Id = "paper:p1", Label = NodeLabel.Paper, Name = hostile[0], Title = hostile[0], Abstract = hostile[4], Authors = [hostile[5]] };
        var method = new GraphNode { Id = "method:m1", Label = NodeLabel.Method, Name = hostile[1], Aliases = [hostile[2], hostile[3]] };
        var edge = new GraphEdge { Source = paper.Id, Target = method.Id, Type = RelationType.Proposes, Papers = [paper.Id], Evidence = [hostile[3], hostile[4]] };
        var dir = Some.TempFolder();
        GraphJson.WriteFile(KnowledgeGraph.Create([paper, method], [edge]), Path.Combine(dir, "graph.json"));

        var run = await LoadRun.Of(_server, null, "load", dir);

        Assert.Equal(0, run.ExitCode);
        var sentStrings = LoadRun.CommittedRows(_server)
            .SelectMany(r => r.Row.EnumerateObject())
            .SelectMany(p => p.Value.ValueKind == System.Text.Json.JsonValueKind.Array ? p.Value.EnumerateArray().ToArray() : [p.Value])
            .Where(v => v.ValueKind == System.Text.Json.JsonValueKind.String)
            .Select(v => v.GetString())
            .ToHashSet();
        Assert.All(hostile, h => Assert.Contains(h, sentStrings));
        Assert.All(_server.Requests, r => Assert.All(hostile, h => Assert.DoesNotContain(h, r.Statement ?? "")));
    }

    [Fact]
    public async Task Load_CreatesAUniquenessConstraintPerLabelBeforeAnyData()
    {
        var dir = await BuiltSample();

        await LoadRun.Of(_server, null, "load", dir);

        var statements = _server.Committed.Select(r => r.Statement ?? "").ToList();
        var firstData = statements.FindIndex(s => s.StartsWith("UNWIND", StringComparison.Ordinal));
        foreach (var label in NodeLabels.All)
        {
            var constraint = statements.FindIndex(s => s.Contains($"FOR (n:{label}) REQUIRE n.id IS UNIQUE", StringComparison.Ordinal));
            Assert.InRange(constraint, 0, firstData - 1);
        }
        Assert.Contains(statements, s => s.StartsWith("CREATE FULLTEXT INDEX entity_names IF NOT EXISTS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Load_InjectedTransientFailures_RetriesAndCompletesTheGraph()
    {
        var dir = await BuiltSample();
        using var clean = new QueryApiStandIn();
        await LoadRun.Of(clean, null, "load", dir, "--batch-size", "40");
        _server.FaultFor = n => n switch { 2 => Fault.ServiceUnavailable, 9 => Fault.TransientError, 12 => Fault.DroppedConnection, 13 => Fault.ServiceUnavailable, _ => null };

        var run = await LoadRun.Of(_server, null, "load", dir, "--batch-size", "40");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(4, _server.Requests.Count(r => r.Status != 202));
        Assert.Equal(LoadRun.MergeKeys(clean), LoadRun.MergeKeys(_server));
    }

    [Fact]
    public async Task Load_WrongPassword_ExitsWithOneLineNamingAuthenticationWithoutRetrying()
    {
        var dir = await BuiltSample();

        var run = await LoadRun.Of(_server, "not-the-password", "load", dir);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("authentication failed", run.Error);
        Assert.Contains("Neo.ClientError.Security.Unauthorized", run.Error);
        Assert.DoesNotContain("not-the-password", run.Error + run.Out);
        Assert.DoesNotContain("running it again", run.Error);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Load_UnknownDatabase_ExitsNamingIt()
    {
        var dir = await BuiltSample();

        var run = await LoadRun.Of(_server, null, "load", dir, "--database", "nosuchdb");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("no database 'nosuchdb'", run.Error);
    }

    [Fact]
    public async Task Load_InterruptedThenRunAgain_CommitsTheSameMergeKeysAsOneCleanLoad()
    {
        var dir = await BuiltSample();
        using var clean = new QueryApiStandIn();
        await LoadRun.Of(clean, null, "load", dir, "--batch-size", "25");
        const int schemaStatements = 7, batchesBeforeCrash = 6;
        _server.FaultFor = n => n > schemaStatements + batchesBeforeCrash ? Fault.DroppedConnection : null;

        var interrupted = await LoadRun.Of(_server, null, "load", dir, "--batch-size", "25");
        var keysAfterCrash = LoadRun.MergeKeys(_server);
        _server.FaultFor = _ => null;
        var resumed = await LoadRun.Of(_server, null, "load", dir, "--batch-size", "25");

        Assert.Equal(3, interrupted.ExitCode);
        Assert.Contains("running it again completes it", interrupted.Error);
        var graph = GraphJson.ReadFile(Path.Combine(dir, "graph.json"));
        Assert.Equal(graph.Nodes.Count + graph.Edges.Count, LoadRun.MergeKeys(clean).Count);
        Assert.InRange(keysAfterCrash.Count, 1, LoadRun.MergeKeys(clean).Count - 1);
        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(LoadRun.MergeKeys(clean), LoadRun.MergeKeys(_server));
    }

    [Fact]
    public async Task Load_Twice_SecondLoadCreatesNothingNew()
    {
        var dir = await BuiltSample();

        await LoadRun.Of(_server, null, "load", dir);
        var second = await LoadRun.Of(_server, null, "load", dir);

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 nodes created, 0 relationships created", second.Out);
        Assert.Contains("0 constraints and 0 indexes added", second.Out);
    }

    [Fact]
    public async Task Load_NoPassword_ExitsWithUsageErrorBeforeConnecting()
    {
        var dir = await BuiltSample();

        var run = await LoadRun.Of(_server, "", "load", dir);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("NEO4J_PASSWORD", run.Error);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Build_WithLoad_BuildsThenLoads()
    {
        var dir = Path.Combine(Some.TempFolder(), "graph");

        var run = await LoadRun.Of(_server, null, "build", Some.SampleInput, "--out", dir, "--load");

        Assert.Equal(0, run.ExitCode);
        var graph = GraphJson.ReadFile(Path.Combine(dir, "graph.json"));
        Assert.Equal(graph.Nodes.Count, LoadRun.CommittedRows(_server).Count(r => r.Row.TryGetProperty("id", out _)));
    }
}
