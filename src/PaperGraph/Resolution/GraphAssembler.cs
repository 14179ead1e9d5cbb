using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Ingest;
using PaperGraph.Pipeline;

namespace PaperGraph.Resolution;

/// <summary>
/// Assembles a whole graph in memory from every paper's extraction: resolution's first pass over
/// all papers, then each paper's mentions mapped to entity ids and gathered into edges with their
/// evidence. For small inputs (tests, the explorer); a build streams through
/// <see cref="BuildPipeline"/> instead and gives the same graph.
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
        _papers.Add(extraction);
    }

    public KnowledgeGraph Build()
    {
        // Observed in id order, as the streaming build does, so both see the same sequence.
        var ordered = _papers.OrderBy(p => p.Paper.Id, StringComparer.Ordinal).ToList();
        foreach (var extraction in ordered) _resolver.Observe(extraction);
        var table = _resolver.Resolve();
        var nodes = new List<GraphNode>(table.EntityNodes);
        var edges = new EdgeAggregator();
        foreach (var extraction in ordered)
        {
            nodes.Add(PaperNode(extraction.Paper));
            var resolved = table.Resolve(extraction);
            foreach (var link in resolved.Links)
            {
                edges.Add(resolved.PaperId, link.Role, link.EntityId, resolved.PaperId, link.Sentence);
            }
            foreach (var relation in resolved.Relations)
            {
                edges.Add(relation.HeadId, relation.Type, relation.TailId, resolved.PaperId, relation.Sentence);
            }
        }
        return KnowledgeGraph.Create(nodes, edges.Edges());
    }

    /// <summary>The Paper node of a paper.</summary>
    public static GraphNode PaperNode(Paper paper) => new()
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

    /// <summary>A paper's edges to its entities, one per entity.</summary>
    public static IEnumerable<GraphEdge> PaperLinks(ResolvedPaper resolved) => resolved.Links.Select(link => new GraphEdge
    {
        Source = resolved.PaperId,
        Target = link.EntityId,
        Type = link.Role,
        Papers = [resolved.PaperId],
        Evidence = [link.Sentence],
    });
}
