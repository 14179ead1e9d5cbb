using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using PaperGraph.Neo4j;

namespace PaperGraph.Tests.Neo4j;

public sealed class QueryApiClientTests : IDisposable
{
    private readonly QueryApiStandIn _server = new();
    private readonly HttpClient _http = new();

    public void Dispose()
    {
        _http.Dispose();
        _server.Dispose();
    }

    private Neo4jQueryApiClient Client(string? password = null, string? database = null, int attempts = 4) =>
        new(_http, new Neo4jConnection
        {
            BaseUri = _server.BaseUri,
            Database = database ?? _server.Database,
            User = _server.User,
            Password = password ?? _server.Password,
            MaxAttempts = attempts,
            FirstRetryDelay = TimeSpan.Zero,
        }, TimeProvider.System);

    private static Dictionary<string, object?> Value(object? value) => new() { ["value"] = value };

    [Fact]
    public async Task Run_SendsTheDocumentedRequest()
    {
        await Client().RunAsync("RETURN $value AS value", Value("x"), CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/neo4j/query/v2", request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:stand-in-password")), request.Authorization);
        Assert.StartsWith("application/json", request.ContentType);
        Assert.Equal("application/json", request.Accept);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("RETURN $value AS value", body.RootElement.GetProperty("statement").GetString());
        Assert.Equal("x", body.RootElement.GetProperty("parameters").GetProperty("value").GetString());
        Assert.True(body.RootElement.GetProperty("includeCounters").GetBoolean());
    }

    [Fact]
    public async Task Run_ParsesFieldsValuesCountersAndBookmarks()
    {
        var result = await Client().RunAsync("UNWIND $rows AS row MERGE (n:Method {id: row.id})",
            new Dictionary<string, object?> { ["rows"] = new[] { new Dictionary<string, object?> { ["id"] = "method:a" } } }, CancellationToken.None);
        var echo = await Client().RunAsync("RETURN $value AS value", Value("GRPO"), CancellationToken.None);

        Assert.Equal(1, result.Counters.NodesCreated);
        Assert.Equal(1, result.Counters.PropertiesSet);
        Assert.Equal(["FB:stand-in-1"], result.Bookmarks);
        Assert.Equal(["value"], echo.Fields);
        Assert.Equal("\"GRPO\"", Assert.Single(Assert.Single(echo.Values)));
    }

    [Fact]
    public async Task Run_WholeDouble_IsSentAsAFloatNotAnInteger()
    {
        var result = await Client().RunAsync("RETURN $value AS value", Value(4.0), CancellationToken.None);

        Assert.Contains("\"value\":4.0", Assert.Single(_server.Requests).Body);
        Assert.Equal("4.0", Assert.Single(Assert.Single(result.Values)));
    }

    [Fact]
    public async Task Run_InjectedServiceUnavailableTwice_RetriesAndCompletes()
    {
        _server.FaultFor = n => n <= 2 ? Fault.ServiceUnavailable : null;

        var result = await Client().RunAsync("RETURN $value AS value", Value(1), CancellationToken.None);

        Assert.Equal([503, 503, 202], _server.Requests.Select(r => r.Status));
        Assert.Equal("1", Assert.Single(Assert.Single(result.Values)));
    }

    [Fact]
    public async Task Run_InjectedTransientErrorAndDroppedConnection_RetriesAndCompletes()
    {
        _server.FaultFor = n => n switch { 1 => Fault.TransientError, 2 => Fault.DroppedConnection, _ => null };

        await Client().RunAsync("RETURN $value AS value", Value(1), CancellationToken.None);

        Assert.Equal([400, 0, 202], _server.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task Run_AlwaysUnavailable_GivesUpAfterTheBoundedAttempts()
    {
        _server.FaultFor = _ => Fault.ServiceUnavailable;

        var ex = await Assert.ThrowsAsync<Neo4jRequestException>(() => Client(attempts: 3).RunAsync("RETURN 1", Value(1), CancellationToken.None));

        Assert.Equal(3, _server.Requests.Count);
        Assert.Contains("after 3 attempts", ex.Message);
        Assert.Contains("503", ex.Message);
    }

    [Fact]
    public async Task Run_WrongPassword_FailsAtOnceNamingAuthentication()
    {
        var ex = await Assert.ThrowsAsync<Neo4jRequestException>(() => Client(password: "wrong").RunAsync("RETURN 1", Value(1), CancellationToken.None));

        Assert.Equal(Neo4jFailureKind.Authentication, ex.Kind);
        Assert.Equal("Neo.ClientError.Security.Unauthorized", ex.Code);
        Assert.Contains("authentication failed for user 'neo4j'", ex.Message);
        Assert.DoesNotContain("wrong", ex.Message);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Run_UnknownDatabase_FailsAtOnceNamingIt()
    {
        var ex = await Assert.ThrowsAsync<Neo4jRequestException>(() => Client(database: "papers").RunAsync("RETURN 1", Value(1), CancellationToken.None));

        Assert.Equal(Neo4jFailureKind.DatabaseNotFound, ex.Kind);
        Assert.Contains("no database 'papers'", ex.Message);
        Assert.Equal("/db/papers/query/v2", Assert.Single(_server.Requests).Path);
    }

    [Fact]
    public async Task Run_ErrorInsideA202_FailsAtOnceShowingTheCode()
    {
        _server.FaultFor = _ => Fault.ClientErrorInside202;

        var ex = await Assert.ThrowsAsync<Neo4jRequestException>(() => Client().RunAsync("RETURN 1", Value(1), CancellationToken.None));

        Assert.Equal(Neo4jFailureKind.ClientError, ex.Kind);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", ex.Message);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Run_UnboundParameter_IsRefusedWithNeo4jsCode()
    {
        var ex = await Assert.ThrowsAsync<Neo4jRequestException>(() => Client().RunAsync("RETURN $missing", Value(1), CancellationToken.None));

        Assert.Equal("Neo.ClientError.Statement.ParameterMissing", ex.Code);
    }

    [Fact]
    public async Task Run_MalformedJsonAnswer_FailsAsNotQueryApiJson()
    {
        _server.FaultFor = _ => Fault.MalformedJson;

        var ex = await Assert.ThrowsAsync<Neo4jRequestException>(() => Client().RunAsync("RETURN 1", Value(1), CancellationToken.None));

        Assert.Equal(Neo4jFailureKind.Protocol, ex.Kind);
        Assert.Contains("not Query API JSON", ex.Message);
    }

    [Fact]
    public async Task Run_NothingListening_RetriesThenReportsUnreachable()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var closedPort = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var retries = 0;
        var client = new Neo4jQueryApiClient(_http, new Neo4jConnection
        {
            BaseUri = new Uri($"http://127.0.0.1:{closedPort}"),
            Password = "x",
            MaxAttempts = 2,
            FirstRetryDelay = TimeSpan.Zero,
        }, TimeProvider.System) { Retrying = (_, _) => retries++ };

        var ex = await Assert.ThrowsAsync<Neo4jRequestException>(() => client.RunAsync("RETURN 1", Value(1), CancellationToken.None));

        Assert.True(ex.IsTransient);
        Assert.Equal(1, retries);
        Assert.Contains("ConnectionRefused", ex.Message);
    }
}
