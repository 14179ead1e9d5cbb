using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Resolution;

/// <summary>
/// Assembles the graph from every paper's extraction: resolution's first pass over all papers,
/// then each paper's mentions mapped to entity ids and gathered into edges with their evidence.
/// Not thread-safe: call <see cref="Add"/> from one thread, in input order.
/// </summary>
public sealed class GraphAssembler
{
    private readonly List<PaperExtraction> _papers = [];
    private readonly HashSet<string> _paperIds = new(StringComparer.Ordinal);
    private readonly EntityResolver _resolver = new();

    /// <summary>Papers seen twice (same id) and so merged into one node.</summary>
    public int DuplicatePapers { get; private set; }

    public void Add(PaperExtraction extraction)
    {
        if (!_paperIds.Add(extraction.Paper.Id))
        {
            DuplicatePapers++;
            return;
        }
        _resolver.Observe(extraction);
        _papers.Add(extraction);
    }

    public KnowledgeGraph Build()
    {
        var table = _resolver.Resolve();
        var nodes = new List<GraphNode>(table.EntityNodes);
        var edges = new Dictionary<(string, RelationType, string), EdgeBuilder>();
        foreach (var extraction in _papers)
        {
            nodes.Add(PaperNode(extraction.Paper));
            var resolved = table.Resolve(extraction);
            foreach (var link in resolved.Links)
            {
                Edge(edges, resolved.PaperId, link.Role, link.EntityId).Add(resolved.PaperId, link.Sentence);
            }
            foreach (var relation in resolved.Relations)
            {
                Edge(edges, relation.HeadId, relation.Type, relation.TailId).Add(resolved.PaperId, relation.Sentence);
            }
        }
        return KnowledgeGraph.Create(nodes, edges.Values.Select(e => e.ToEdge()));
    }

    private static GraphNode PaperNode(Paper paper) => new()
    {
        Id = paper.Id,
        Label = NodeLabel.Paper,
        Name = paper.Title,
        Title = paper.Title,
        Abstract = paper.Abstract,
        Url = paper.Url,
        Year = paper.Year,
        Authors = paper.Authors,
    };

    private static EdgeBuilder Edge(Dictionary<(string, RelationType, string), EdgeBuilder> edges, string source, RelationType type, string target)
    {
        if (!edges.TryGetValue((source, type, target), out var builder))
        {
            builder = new EdgeBuilder(source, type, target);
            edges[(source, type, target)] = builder;
        }
        return builder;
    }

    private sealed class EdgeBuilder(string source, RelationType type, string target)
    {
        private readonly SortedSet<string> _papers = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _evidence = new(StringComparer.Ordinal);

        public void Add(string paperId, string sentence)
        {
            _papers.Add(paperId);
            _evidence.Add(sentence);
        }

        public GraphEdge ToEdge() => new()
        {
            Source = source,
            Target = target,
            Type = type,
            Papers = _papers.ToArray(),
            Evidence = _evidence.ToArray(),
        };
    }
}
