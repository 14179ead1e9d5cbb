namespace PaperGraph.Neo4j;

/// <summary>Why a request to Neo4j failed; decides whether retrying can help and what the user is told.</summary>
public enum Neo4jFailureKind
{
    /// <summary>401: wrong or missing user name or password.</summary>
    Authentication,

    /// <summary>404: the database does not exist, or the server has no Query API.</summary>
    DatabaseNotFound,

    /// <summary>Neo.ClientError.*: the server refused the statement; retrying the same request cannot help.</summary>
    ClientError,

    /// <summary>5xx, Neo.TransientError.*, refused or dropped connection: retrying may help.</summary>
    Transient,

    /// <summary>The answer was not the Query API's JSON (a proxy page, a truncated body).</summary>
    Protocol,
}

/// <summary>
/// A request to Neo4j failed. <see cref="Exception.Message"/> is one line meant for the user: what failed,
/// where, and Neo4j's status code when it sent one. Built by the named factories below.
/// </summary>
public sealed class Neo4jRequestException : Exception
{
    private Neo4jRequestException(Neo4jFailureKind kind, string? code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
        Code = code;
    }

    public Neo4jFailureKind Kind { get; }

    /// <summary>Neo4j's status code (<c>Neo.ClientError.Security.Unauthorized</c>), when the server sent one.</summary>
    public string? Code { get; }

    public bool IsTransient => Kind == Neo4jFailureKind.Transient;

    internal static Neo4jRequestException Authentication(Uri endpoint, string user, string? code, string? detail) =>
        new(Neo4jFailureKind.Authentication, code,
            $"Neo4j authentication failed for user '{user}' at {endpoint.GetLeftPart(UriPartial.Authority)}"
            + $" ({code ?? "HTTP 401"}{Detail(detail)}); check the user and NEO4J_PASSWORD");

    internal static Neo4jRequestException DatabaseNotFound(Uri endpoint, string database, string? code, string? detail) =>
        new(Neo4jFailureKind.DatabaseNotFound, code,
            $"Neo4j at {endpoint.GetLeftPart(UriPartial.Authority)} has no database '{database}' or no Query API"
            + $" at {endpoint.AbsolutePath} ({code ?? "HTTP 404"}{Detail(detail)}); the Query API needs Neo4j 5.19 or later");

    internal static Neo4jRequestException Refused(string code, string detail) =>
        new(Neo4jFailureKind.ClientError, code, $"Neo4j refused the statement: {code}: {OneLine(detail)}");

    internal static Neo4jRequestException Transient(string what, string? code = null, Exception? inner = null) =>
        new(Neo4jFailureKind.Transient, code, what, inner);

    internal static Neo4jRequestException Protocol(Uri endpoint, int status, string what) =>
        new(Neo4jFailureKind.Protocol, null,
            $"the answer from {endpoint} (HTTP {status}) is not Query API JSON: {OneLine(what)}");

    internal static Neo4jRequestException Tls(Uri endpoint, Exception inner) =>
        new(Neo4jFailureKind.Protocol, null, $"TLS with {endpoint.GetLeftPart(UriPartial.Authority)} failed: {OneLine(inner.Message)}", inner);

    internal static Neo4jRequestException GaveUp(Uri endpoint, int attempts, Neo4jRequestException last) =>
        new(Neo4jFailureKind.Transient, last.Code,
            $"Neo4j at {endpoint.GetLeftPart(UriPartial.Authority)} still failing after {attempts} attempts: {last.Message}", last);

    private static string Detail(string? detail) => string.IsNullOrWhiteSpace(detail) ? "" : ": " + OneLine(detail);

    // Server messages can span lines (a caret under the Cypher); the user gets one line.
    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 300 ? line : line[..300] + "...";
    }
}
