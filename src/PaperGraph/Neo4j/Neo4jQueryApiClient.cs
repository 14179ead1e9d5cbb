using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace PaperGraph.Neo4j;

/// <summary>
/// <see cref="INeo4jQueryClient"/> over Neo4j's HTTP Query API v2 (<c>POST {base}/db/{database}/query/v2</c>,
/// Basic auth, plain JSON). Transient failures (HTTP 5xx, <c>Neo.TransientError.*</c>, a refused or dropped
/// connection while Neo4j starts) are retried with capped exponential backoff; authentication, unknown
/// database and <c>Neo.ClientError.*</c> fail at once. PaperGraph's statements are idempotent MERGEs, so
/// resending one whose answer was lost is safe.
/// </summary>
public sealed class Neo4jQueryApiClient(HttpClient http, Neo4jConnection connection, TimeProvider time) : INeo4jQueryClient
{
    private readonly AuthenticationHeaderValue _authorization = new(
        "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(connection.User + ":" + connection.Password)));

    /// <summary>Called before each retry with the attempt about to start and the failure that caused it.</summary>
    public Action<int, Neo4jRequestException>? Retrying { get; init; }

    public async Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var body = QueryApiJson.Request(statement, parameters);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SendAsync(body, cancellationToken);
            }
            catch (Neo4jRequestException ex) when (ex.IsTransient)
            {
                if (attempt >= connection.MaxAttempts)
                    throw Neo4jRequestException.GaveUp(connection.QueryEndpoint, attempt, ex);
                Retrying?.Invoke(attempt + 1, ex);
                await Task.Delay(connection.RetryDelay(attempt), time, cancellationToken);
            }
        }
    }

    private async Task<QueryResult> SendAsync(byte[] body, CancellationToken cancellationToken)
    {
        var endpoint = connection.QueryEndpoint;
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint);
        request.Headers.Authorization = _authorization;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(connection.RequestTimeout);
        HttpResponseMessage response;
        string text;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
            text = await response.Content.ReadAsStringAsync(timeout.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw Neo4jRequestException.Transient($"no answer from {endpoint} within {connection.RequestTimeout.TotalSeconds:0} s", inner: ex);
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError == HttpRequestError.SecureConnectionError)
        {
            // A certificate problem does not go away by waiting.
            throw Neo4jRequestException.Tls(endpoint, ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw Neo4jRequestException.Transient($"cannot reach {endpoint}: {Reason(ex)}", inner: ex);
        }
        using (response)
        {
            return Interpret(endpoint, (int)response.StatusCode, text);
        }
    }

    private QueryResult Interpret(Uri endpoint, int status, string text)
    {
        JsonDocument? doc = null;
        try
        {
            try
            {
                doc = text.Length == 0 ? null : JsonDocument.Parse(text);
            }
            catch (JsonException) when (status >= 500)
            {
                // A gateway's HTML page during a restart: the status says enough.
            }
            catch (JsonException ex)
            {
                throw Neo4jRequestException.Protocol(endpoint, status, ex.Message);
            }
            var errors = doc is null ? [] : QueryApiJson.Errors(doc.RootElement);
            var first = errors.Count > 0 ? errors[0] : null;

            if (status == (int)HttpStatusCode.Unauthorized)
                throw Neo4jRequestException.Authentication(endpoint, connection.User, first?.Code, first?.Message);
            if (status == (int)HttpStatusCode.NotFound)
                throw Neo4jRequestException.DatabaseNotFound(endpoint, connection.Database, first?.Code, first?.Message);
            // An error can arrive with any status, a 202 included, so errors decide before the status does.
            if (first is not null)
            {
                if (first.Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) || status >= 500)
                    throw Neo4jRequestException.Transient($"{endpoint} answered {first.Code}: {first.Message}", first.Code);
                throw Neo4jRequestException.Refused(first.Code, first.Message);
            }
            if (status >= 500)
                throw Neo4jRequestException.Transient($"{endpoint} answered HTTP {status}");
            if (status is < 200 or >= 300)
                throw Neo4jRequestException.Protocol(endpoint, status, "an error status without an 'errors' list");
            if (doc is null)
                throw Neo4jRequestException.Protocol(endpoint, status, "an empty body");
            try
            {
                return QueryApiJson.Result(doc.RootElement);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                throw Neo4jRequestException.Protocol(endpoint, status, ex.Message);
            }
        }
        finally
        {
            doc?.Dispose();
        }
    }

    private static string Reason(Exception ex) => ex.InnerException switch
    {
        SocketException s => $"{s.SocketErrorCode} ({s.Message})",
        IOException io => "connection dropped (" + io.Message + ")",
        _ => ex.Message,
    };
}
