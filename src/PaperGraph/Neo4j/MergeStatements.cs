using PaperGraph.Graph;

namespace PaperGraph.Neo4j;

/// <summary>
/// The Cypher PaperGraph writes with: schema statements and one MERGE body per label and per
/// (relationship type, start label, end label). Labels and types come only from <see cref="NodeLabel"/>
/// and <see cref="RelationType"/>; every value is read from <c>row</c>, which the caller binds from a
/// parameter (<see cref="NodeBatch"/>) or a CSV line (<see cref="LoadCypherScript"/>). Re-running a
/// body changes nothing: nodes and edges are MERGEd on ids and list properties are unions.
/// </summary>
public static class MergeStatements
{
    /// <summary>The parameter holding a batch's rows.</summary>
    public const string RowsParameter = "rows";

    /// <summary>Uniqueness on <c>id</c> per label (this also indexes the MERGE lookups), and full-text search.</summary>
    public static IReadOnlyList<string> Schema { get; } =
    [
        .. NodeLabels.All.Select(label =>
            $"CREATE CONSTRAINT {label.ToString().ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"),
        $"CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:{string.Join('|', NodeLabels.Entities)}) ON EACH [n.name, n.aliases]",
        "CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (n:Paper) ON EACH [n.title, n.abstract]",
    ];

    /// <summary><c>UNWIND $rows AS row</c> and the label's MERGE body.</summary>
    public static string NodeBatch(NodeLabel label) => $"UNWIND ${RowsParameter} AS row\n{NodeBody(label)}";

    /// <summary><c>UNWIND $rows AS row</c> and the relationship's MERGE body.</summary>
    public static string EdgeBatch(EdgeGroup group) => $"UNWIND ${RowsParameter} AS row\n{EdgeBody(group)}";

    /// <summary>
    /// MERGE one node from <c>row</c> (<c>id, name, aliases</c>; Papers <c>id, name, title, abstract, url, year, authors</c>).
    /// A paper field that one corpus lacks does not erase what another corpus gave.
    /// </summary>
    public static string NodeBody(NodeLabel label) => label == NodeLabel.Paper
        ? $$"""
          MERGE (n:{{label}} {id: row.id})
          SET n.name = row.name,
              n.title = coalesce(row.title, n.title),
              n.abstract = coalesce(row.abstract, n.abstract),
              n.url = coalesce(row.url, n.url),
              n.year = coalesce(row.year, n.year),
              n.authors = {{Union("n.authors", "row.authors")}}
          """
        : $$"""
          MERGE (n:{{label}} {id: row.id})
          SET n.name = row.name,
              n.aliases = {{Union("n.aliases", "row.aliases")}}
          """;

    /// <summary>MERGE one edge between existing nodes from <c>row</c> (<c>source, target, papers, evidence</c>).</summary>
    public static string EdgeBody(EdgeGroup group) => $$"""
        MATCH (a:{{group.From}} {id: row.source})
        MATCH (b:{{group.To}} {id: row.target})
        MERGE (a)-[r:{{group.Type.CypherName()}}]->(b)
        SET r.papers = {{Union("r.papers", "row.papers")}},
            r.evidence = {{Union("r.evidence", "row.evidence")}}
        """;

    // The stored list, then each new element not already in it: order kept, no duplicates, no APOC needed.
    private static string Union(string stored, string incoming) =>
        $"reduce(acc = coalesce({stored}, []), x IN coalesce({incoming}, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END)";
}

/// <summary>The edges of one relationship type between one start label and one end label: one statement, one CSV file.</summary>
public readonly record struct EdgeGroup(RelationType Type, NodeLabel From, NodeLabel To)
{
    /// <summary>The bundle's CSV file for this group, as <see cref="Export.ImportBundleWriter"/> names it.</summary>
    public string CsvFile => $"rels_{Type.CypherName()}_{From}_{To}.csv";

    /// <summary>The graph's edges grouped by type and endpoint labels, in the bundle's order.</summary>
    public static IReadOnlyList<(EdgeGroup Group, IReadOnlyList<GraphEdge> Edges)> Of(KnowledgeGraph graph)
    {
        var labelOf = graph.Nodes.ToDictionary(n => n.Id, n => n.Label, StringComparer.Ordinal);
        foreach (var edge in graph.Edges)
        {
            if (!labelOf.ContainsKey(edge.Source) || !labelOf.ContainsKey(edge.Target))
                throw new InvalidDataException($"edge {edge.Source} -[{edge.Type.CypherName()}]-> {edge.Target} has an end that is not a node of the graph");
        }
        return graph.Edges
            .GroupBy(e => new EdgeGroup(e.Type, labelOf[e.Source], labelOf[e.Target]))
            .OrderBy(g => g.Key.Type).ThenBy(g => g.Key.From).ThenBy(g => g.Key.To)
            .Select(g => (g.Key, (IReadOnlyList<GraphEdge>)g.ToArray()))
            .ToArray();
    }
}
