using System.Text.Json;
using PaperGraph.Cli;

namespace PaperGraph.Tests.Neo4j;

/// <summary>Runs <c>papergraph</c> in memory pointed at a stand-in, with its password in configuration and no retry waits.</summary>
internal sealed record LoadRun(int ExitCode, string Out, string Error)
{
    public static async Task<LoadRun> Of(QueryApiStandIn server, string? password, params string[] args)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = server.BaseUri.ToString(),
            ["Neo4j:Password"] = password ?? server.Password,
            ["Neo4j:MaxAttempts"] = "3",
            ["Neo4j:FirstRetryDelayMs"] = "0",
        };
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await PaperGraphCli.RunAsync(args, output, error, settings);
        return new LoadRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Every row of every batch the server committed.</summary>
    public static IEnumerable<(string Statement, JsonElement Row)> CommittedRows(QueryApiStandIn server) =>
        server.Committed.SelectMany(request =>
            request.Parameters is { } parameters && parameters.TryGetProperty("rows", out var rows)
                ? rows.EnumerateArray().Select(row => (request.Statement ?? "", row))
                : []);

    /// <summary>The MERGE keys the server committed: statement plus id, or statement plus source and target.</summary>
    public static HashSet<string> MergeKeys(QueryApiStandIn server) =>
        CommittedRows(server).Select(r => QueryApiStandIn.MergeKey(r.Statement, r.Row)).ToHashSet(StringComparer.Ordinal);
}
