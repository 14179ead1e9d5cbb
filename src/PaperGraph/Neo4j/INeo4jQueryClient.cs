namespace PaperGraph.Neo4j;

/// <summary>
/// The one boundary between PaperGraph and a Neo4j server: run a Cypher statement with its
/// parameters in an implicit transaction. Statement text is always PaperGraph's own; every value
/// that came from input travels in <paramref name="parameters"/>.
/// </summary>
public interface INeo4jQueryClient
{
    /// <summary>
    /// Runs one statement. Parameter values may be strings, booleans, integers, doubles (sent as
    /// floats even when whole), null, lists and string-keyed dictionaries of those.
    /// Throws <see cref="Neo4jRequestException"/> when Neo4j refuses the statement or cannot be reached.
    /// </summary>
    Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken);
}

/// <summary>What Neo4j answered to one statement: the result table, what changed, and the bookmarks.</summary>
public sealed record QueryResult
{
    public required IReadOnlyList<string> Fields { get; init; }

    /// <summary>Rows, each ordered like <see cref="Fields"/>, as raw JSON text per value.</summary>
    public required IReadOnlyList<IReadOnlyList<string>> Values { get; init; }
    public required QueryCounters Counters { get; init; }
    public IReadOnlyList<string> Bookmarks { get; init; } = [];
}

/// <summary>The update counters the Query API returns when asked with <c>includeCounters</c>.</summary>
public sealed record QueryCounters
{
    public long NodesCreated { get; init; }
    public long NodesDeleted { get; init; }
    public long RelationshipsCreated { get; init; }
    public long RelationshipsDeleted { get; init; }
    public long PropertiesSet { get; init; }
    public long LabelsAdded { get; init; }
    public long IndexesAdded { get; init; }
    public long ConstraintsAdded { get; init; }

    public static QueryCounters None { get; } = new();

    public QueryCounters Add(QueryCounters other) => new()
    {
        NodesCreated = NodesCreated + other.NodesCreated,
        NodesDeleted = NodesDeleted + other.NodesDeleted,
        RelationshipsCreated = RelationshipsCreated + other.RelationshipsCreated,
        RelationshipsDeleted = RelationshipsDeleted + other.RelationshipsDeleted,
        PropertiesSet = PropertiesSet + other.PropertiesSet,
        LabelsAdded = LabelsAdded + other.LabelsAdded,
        IndexesAdded = IndexesAdded + other.IndexesAdded,
        ConstraintsAdded = ConstraintsAdded + other.ConstraintsAdded,
    };
}
