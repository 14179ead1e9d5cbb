namespace PaperGraph.Neo4j;

/// <summary>
/// Where and as whom to reach Neo4j over the Query API, and how patiently.
/// <see cref="ToString"/> leaves the password out, so a connection can be logged.
/// </summary>
public sealed record Neo4jConnection
{
    /// <summary>The server's HTTP base, e.g. <c>http://localhost:7474</c> or <c>https://&lt;dbid&gt;.databases.neo4j.io</c>.</summary>
    public required Uri BaseUri { get; init; }
    public string Database { get; init; } = "neo4j";
    public string User { get; init; } = "neo4j";
    public required string Password { get; init; }

    /// <summary>Attempts per request, the first included, when failures are transient.</summary>
    public int MaxAttempts { get; init; } = 8;

    /// <summary>Wait before the first retry; doubled each time up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one request may take before it counts as a transient failure.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary><c>{base}/db/{database}/query/v2</c>.</summary>
    public Uri QueryEndpoint => new(BaseUri.AbsoluteUri.TrimEnd('/') + "/db/" + Uri.EscapeDataString(Database) + "/query/v2");

    /// <summary>The wait before retry number <paramref name="retry"/> (1-based): exponential, capped.</summary>
    public TimeSpan RetryDelay(int retry)
    {
        var factor = Math.Pow(2, Math.Min(retry - 1, 30));
        var delay = FirstRetryDelay.TotalMilliseconds * factor;
        return TimeSpan.FromMilliseconds(Math.Min(delay, MaxRetryDelay.TotalMilliseconds));
    }

    public override string ToString() => $"{QueryEndpoint} as {User}";
}
