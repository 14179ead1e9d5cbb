using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PaperGraph.Tests.Neo4j;

/// <summary>What the stand-in does instead of answering normally.</summary>
internal enum Fault
{
    ServiceUnavailable,
    TransientError,
    Unauthorized,
    DatabaseNotFound,
    MalformedJson,
    DroppedConnection,
    ClientErrorInside202,
}

/// <summary>One request the stand-in received, and the HTTP status it answered (0 when it dropped the connection).</summary>
internal sealed record ReceivedRequest(
    string Method, string Path, string? Authorization, string? ContentType, string? Accept, string Body,
    string? Statement, JsonElement? Parameters, int Status);

/// <summary>
/// An in-process stand-in for Neo4j's Query API v2: a raw HTTP/1.1 server on 127.0.0.1 and a free port. It checks requests the
/// way the documentation describes (POST /db/{database}/query/v2, Basic auth, JSON body with
/// <c>statement</c> and <c>parameters</c>, every <c>$name</c> bound) and answers in the documented shapes:
/// 202 with data, counters and bookmarks, or errors with Neo4j status codes. It records every request,
/// counts MERGE keys it has seen so that counters behave like MERGE, and injects faults on demand.
/// It runs no Cypher.
/// </summary>
internal sealed partial class QueryApiStandIn : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;
    private readonly Lock _gate = new();
    private readonly List<ReceivedRequest> _requests = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    public QueryApiStandIn(string user = "neo4j", string password = "stand-in-password", string database = "neo4j")
    {
        User = user;
        Password = password;
        Database = database;
        _listener.Start();
        BaseUri = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _serving = Task.Run(ServeAsync);
    }

    public Uri BaseUri { get; }
    public string User { get; }
    public string Password { get; }
    public string Database { get; }

    /// <summary>Chooses a fault for the n-th request (1-based, counting every request received); null answers normally.</summary>
    public Func<int, Fault?> FaultFor { get; set; } = _ => null;

    public IReadOnlyList<ReceivedRequest> Requests
    {
        get { lock (_gate) return _requests.ToArray(); }
    }

    /// <summary>The requests answered 202 without errors: the statements Neo4j would have committed.</summary>
    public IReadOnlyList<ReceivedRequest> Committed => Requests.Where(r => r.Status == 202 && r.Statement is not null).ToArray();

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Stopping the listener ends a pending accept with an exception: that is how the loop ends.
        }
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient connection;
            try
            {
                connection = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            using (connection)
            {
                try
                {
                    await AnswerAsync(connection);
                }
                catch (IOException)
                {
                    // The client went away mid-request; the next connection is served as usual.
                }
            }
        }
    }

    // One request per connection (the answer says Connection: close), which keeps HTTP/1.1 framing simple.
    private async Task AnswerAsync(TcpClient connection)
    {
        var stream = connection.GetStream();
        var request = await HttpRequestText.ReadAsync(stream, _stop.Token);
        if (request is null) return;
        int number;
        lock (_gate) number = _requests.Count + 1;
        var (statement, parameters) = ParseBody(request.Body);
        var (status, answer) = Decide(number, request, statement, parameters);
        lock (_gate)
        {
            _requests.Add(new ReceivedRequest(request.Method, request.Path, request.Header("Authorization"),
                request.Header("Content-Type"), request.Header("Accept"), request.Body, statement, parameters, status));
        }
        if (status == 0)
        {
            // Reset the connection without a byte of answer, as a crashing server would.
            connection.Client.LingerState = new LingerOption(true, 0);
            return;
        }
        var body = Encoding.UTF8.GetBytes(answer);
        var head = $"HTTP/1.1 {status} {Reason(status)}\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
        await stream.WriteAsync(body, _stop.Token);
    }

    private static string Reason(int status) => status switch
    {
        202 => "Accepted",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        415 => "Unsupported Media Type",
        503 => "Service Unavailable",
        _ => "Status",
    };

    private (int Status, string Body) Decide(int number, HttpRequestText request, string? statement, JsonElement? parameters)
    {
        switch (FaultFor(number))
        {
            case Fault.ServiceUnavailable: return (503, "");
            case Fault.TransientError: return (400, Errors("Neo.TransientError.Transaction.DeadlockDetected", "a deadlock was detected; retry"));
            case Fault.Unauthorized: return (401, Errors("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."));
            case Fault.DatabaseNotFound: return (404, Errors("Neo.ClientError.Database.DatabaseNotFound", "Graph not found"));
            case Fault.MalformedJson: return (202, "{\"data\": {\"fields\": [\"x\"], \"values\": [[");
            case Fault.DroppedConnection: return (0, "");
            case Fault.ClientErrorInside202:
                return (202, """{"data": {"fields": [], "values": []}, "errors": [{"code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input"}]}""");
            case null: break;
        }
        var match = QueryPath().Match(request.Path);
        if (request.Method != "POST" || !match.Success)
            return (404, Errors("Neo.ClientError.Request.Invalid", $"no endpoint {request.Method} {request.Path}"));
        if (request.Header("Authorization") != "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")))
            return (401, Errors("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."));
        if (Uri.UnescapeDataString(match.Groups[1].Value) != Database)
            return (404, Errors("Neo.ClientError.Database.DatabaseNotFound", $"Graph not found: {match.Groups[1].Value}"));
        if (request.Header("Content-Type")?.StartsWith("application/json", StringComparison.Ordinal) != true)
            return (415, Errors("Neo.ClientError.Request.Invalid", "Content-Type must be application/json"));
        if (statement is null || parameters is null)
            return (400, Errors("Neo.ClientError.Request.Invalid", "the body needs a string 'statement' and an object 'parameters'"));
        foreach (Match name in ParameterName().Matches(statement))
        {
            if (!parameters.Value.TryGetProperty(name.Groups[1].Value, out _))
                return (400, Errors("Neo.ClientError.Statement.ParameterMissing", $"Expected parameter(s): {name.Groups[1].Value}"));
        }
        return (202, Success(number, statement, parameters.Value));
    }

    private string Success(int number, string statement, JsonElement parameters)
    {
        // Counters as MERGE would report them: a key seen before creates nothing.
        long nodes = 0, relationships = 0, properties = 0, constraints = 0, indexes = 0;
        if (parameters.TryGetProperty("rows", out var rows) && rows.ValueKind == JsonValueKind.Array)
        {
            foreach (var row in rows.EnumerateArray())
            {
                var key = MergeKey(statement, row);
                bool added;
                lock (_gate) added = _keys.Add(key);
                if (added && row.TryGetProperty("id", out _)) nodes++;
                if (added && row.TryGetProperty("source", out _)) relationships++;
                properties += row.EnumerateObject().Count();
            }
        }
        else if (statement.StartsWith("CREATE ", StringComparison.Ordinal))
        {
            bool added;
            lock (_gate) added = _keys.Add(statement);
            if (added && statement.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal)) constraints++;
            else if (added) indexes++;
        }
        var (fields, values) = statement == "RETURN $value AS value" && parameters.TryGetProperty("value", out var echo)
            ? ("[\"value\"]", $"[[{echo.GetRawText()}]]")
            : ("[]", "[]");
        return $$"""
            {"data": {"fields": {{fields}}, "values": {{values}}},
             "counters": {"containsUpdates": {{(nodes + relationships + properties > 0 ? "true" : "false")}}, "nodesCreated": {{nodes}}, "nodesDeleted": 0,
               "propertiesSet": {{properties}}, "relationshipsCreated": {{relationships}}, "relationshipsDeleted": 0, "labelsAdded": {{nodes}},
               "labelsRemoved": 0, "indexesAdded": {{indexes}}, "indexesRemoved": 0, "constraintsAdded": {{constraints}}, "constraintsRemoved": 0,
               "containsSystemUpdates": false, "systemUpdates": 0},
             "bookmarks": ["FB:stand-in-{{number}}"]}
            """;
    }

    /// <summary>What a batch row is MERGEd on: its statement and its id, or its statement, source and target.</summary>
    public static string MergeKey(string statement, JsonElement row) =>
        row.TryGetProperty("id", out var id)
            ? statement + "\u0000" + id.GetString()
            : statement + "\u0000" + row.GetProperty("source").GetString() + "\u0000" + row.GetProperty("target").GetString();

    private static (string? Statement, JsonElement? Parameters) ParseBody(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            var statement = root.TryGetProperty("statement", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            JsonElement? parameters = root.TryGetProperty("parameters", out var p) && p.ValueKind == JsonValueKind.Object ? p.Clone() : null;
            return (statement, parameters);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string Errors(string code, string message) =>
        JsonSerializer.Serialize(new { errors = new[] { new { code, message } } });

    [GeneratedRegex("^/db/([^/]+)/query/v2$")]
    private static partial Regex QueryPath();

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterName();
}
