using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using PaperGraph.Graph;
using PaperGraph.Neo4j;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// <c>papergraph load DIR --uri URI</c>: loads a built output folder's graph.json into Neo4j over the
/// Query API. The password comes from configuration (<c>Neo4j:Password</c>) or <c>NEO4J_PASSWORD</c>,
/// never from the command line, and is never printed. <c>build --load</c> calls <see cref="LoadAsync"/>.
/// </summary>
internal sealed class LoadCommand(CliConsole console, IConfiguration configuration, ILogger<LoadCommand> logger, TimeProvider time) : ICliCommand
{
    public Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "A folder written by 'papergraph build' (it holds graph.json)." };
        var uri = new Option<string>("--uri") { Description = "Neo4j's HTTP address, e.g. http://localhost:7474 or https://<dbid>.databases.neo4j.io. Default: Neo4j:Uri from configuration." };
        var database = new Option<string>("--database") { Description = "Database name. Default: Neo4j:Database from configuration, else neo4j." };
        var user = new Option<string>("--user") { Description = "User name. Default: Neo4j:User from configuration, else neo4j. The password is read from NEO4J_PASSWORD." };
        var batchSize = new Option<int?>("--batch-size") { Description = "Rows per statement (default 1000)." };
        var command = new Command("load", "Load a built graph into Neo4j (idempotent: running it again completes an interrupted load).")
        {
            dir, uri, database, user, batchSize,
        };
        command.SetAction((parse, cancel) => LoadAsync(parse.GetValue(dir) ?? ".", new LoadTarget(
            parse.GetValue(uri), parse.GetValue(database), parse.GetValue(user), parse.GetValue(batchSize)), cancel));
        return command;
    }

    public async Task<int> LoadAsync(string dir, LoadTarget target, CancellationToken cancel)
    {
        var graphFile = Path.Combine(dir, "graph.json");
        if (!File.Exists(graphFile))
        {
            await console.Error.WriteLineAsync($"papergraph: {graphFile} not found; run 'papergraph build' first");
            return ExitCodes.UsageOrInput;
        }
        var (connection, problem) = Connect(target);
        if (connection is null)
        {
            await console.Error.WriteLineAsync($"papergraph: {problem}");
            return ExitCodes.UsageOrInput;
        }
        var batchSize = target.BatchSize ?? configuration.GetValue("Neo4j:BatchSize", 1000);
        if (batchSize < 1)
        {
            await console.Error.WriteLineAsync($"papergraph: --batch-size must be at least 1, not {batchSize}");
            return ExitCodes.UsageOrInput;
        }

        KnowledgeGraph graph;
        try
        {
            graph = GraphJson.ReadFile(graphFile);
        }
        catch (InvalidDataException ex)
        {
            await console.Error.WriteLineAsync($"papergraph: {ex.Message}");
            return ExitCodes.UsageOrInput;
        }

        using var http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(10) }) { Timeout = Timeout.InfiniteTimeSpan };
        var client = new Neo4jQueryApiClient(http, connection, time)
        {
            Retrying = (attempt, why) => logger.LogWarning("Neo4j not ready, attempt {Attempt} of {Max}: {Reason}", attempt, connection.MaxAttempts, why.Message),
        };
        var loader = new GraphLoader(client, time) { BatchSize = batchSize, Progress = new LoadProgressPrinter(console.Out) };
        logger.LogInformation("loading {Nodes} nodes and {Edges} edges into {Target}", graph.Nodes.Count, graph.Edges.Count, connection);
        try
        {
            var report = await loader.LoadAsync(graph, cancel);
            await console.Out.WriteLineAsync(Summary(report, connection));
            return ExitCodes.Success;
        }
        catch (Neo4jRequestException ex)
        {
            await console.Error.WriteLineAsync($"papergraph: {ex.Message}");
            if (ex.Kind is Neo4jFailureKind.Transient or Neo4jFailureKind.Protocol)
                await console.Error.WriteLineAsync("papergraph: the load stopped part way; every batch is idempotent, so running it again completes it.");
            return ExitCodes.Neo4jFailure;
        }
    }

    private (Neo4jConnection? Connection, string Problem) Connect(LoadTarget target)
    {
        var uriText = target.Uri ?? configuration["Neo4j:Uri"] ?? "http://localhost:7474";
        if (!Uri.TryCreate(uriText, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return (null, $"--uri must be Neo4j's HTTP address (http:// or https://, port 7474 locally), not '{uriText}'");
        }
        var password = configuration["Neo4j:Password"] ?? Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            return (null, "no Neo4j password: set NEO4J_PASSWORD (or the configuration key Neo4j:Password)");
        }
        var connection = new Neo4jConnection
        {
            BaseUri = uri,
            Database = target.Database ?? configuration["Neo4j:Database"] ?? "neo4j",
            User = target.User ?? configuration["Neo4j:User"] ?? "neo4j",
            Password = password,
            MaxAttempts = configuration.GetValue("Neo4j:MaxAttempts", 8),
            FirstRetryDelay = TimeSpan.FromMilliseconds(configuration.GetValue("Neo4j:FirstRetryDelayMs", 500)),
        };
        return (connection, "");
    }

    private static string Summary(LoadReport report, Neo4jConnection connection)
    {
        var c = report.Counters;
        return string.Create(CultureInfo.InvariantCulture,
            $"loaded {report.Nodes} nodes and {report.Edges} edges into {connection.QueryEndpoint} in {report.Elapsed.TotalSeconds:0.00} s "
            + $"({report.Statements} statements): {c.NodesCreated} nodes created, {c.RelationshipsCreated} relationships created, "
            + $"{c.PropertiesSet} properties set, {c.ConstraintsAdded} constraints and {c.IndexesAdded} indexes added");
    }
}

/// <summary>Where <c>load</c> goes; each null falls back to configuration, then to the default.</summary>
internal sealed record LoadTarget(string? Uri = null, string? Database = null, string? User = null, int? BatchSize = null);

/// <summary>Prints a load's progress at every tenth of the rows, so long loads show life and short ones stay quiet.</summary>
internal sealed class LoadProgressPrinter(TextWriter output) : IProgress<LoadProgress>
{
    private int _lastTenth;

    public void Report(LoadProgress value)
    {
        if (value.RowsTotal == 0) return;
        var tenth = (int)(10L * value.RowsDone / value.RowsTotal);
        if (tenth <= _lastTenth) return;
        _lastTenth = tenth;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {value.RowsDone}/{value.RowsTotal} rows ({value.Stage})"));
    }
}
