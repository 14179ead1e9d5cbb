using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Resolution;

/// <summary>
/// Resolves the mentions of all papers into one node per real entity and assembles the graph.
/// Mentions with the same label and normalised name are one entity, unless they come with
/// different long forms (the same acronym for different things), which keeps them apart.
/// Not thread-safe: call <see cref="Add"/> from one thread, in input order.
/// </summary>
public sealed class GraphAssembler
{
    private readonly List<PaperExtraction> _papers = [];
    private readonly HashSet<string> _paperIds = new(StringComparer.Ordinal);

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
        var entityOf = ResolveEntities(out var entityNodes);
        var nodes = new List<GraphNode>(entityNodes);
        var edges = new Dictionary<(string, RelationType, string), EdgeBuilder>();

        foreach (var extraction in _papers)
        {
            var paper = extraction.Paper;
            nodes.Add(PaperNode(paper));
            var roles = new Dictionary<string, (RelationType Role, Evidence Evidence)>(StringComparer.Ordinal);
            foreach (var mention in extraction.Mentions)
            {
                var id = entityOf[(paper.Id, new MentionKey(mention.Label, mention.Name))];
                if (!roles.TryGetValue(id, out var current) || Rank(mention.Role) < Rank(current.Role))
                    roles[id] = (mention.Role, mention.Evidence);
            }
            foreach (var (id, (role, evidence)) in roles)
            {
                Edge(edges, paper.Id, role, id).Add(paper.Id, evidence.Sentence);
            }
            foreach (var relation in extraction.Relations)
            {
                if (!entityOf.TryGetValue((paper.Id, relation.Head), out var head) || !entityOf.TryGetValue((paper.Id, relation.Tail), out var tail))
                    continue;
                if (head == tail || !relation.Type.Allows(relation.Head.Label, relation.Tail.Label))
                    continue;
                Edge(edges, head, relation.Type, tail).Add(paper.Id, relation.Evidence.Sentence);
            }
        }
        return KnowledgeGraph.Create(nodes, edges.Values.Select(e => e.ToEdge()));
    }

    private Dictionary<(string PaperId, MentionKey Key), string> ResolveEntities(out List<GraphNode> entityNodes)
    {
        var groups = _papers
            .SelectMany(p => p.Mentions.Select(m => (Paper: p.Paper.Id, Mention: m)))
            .GroupBy(x => (x.Mention.Label, Norm: NameNormaliser.Normalise(x.Mention.Name)));
        var entityOf = new Dictionary<(string, MentionKey), string>();
        entityNodes = [];
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groups.OrderBy(g => g.Key.Label).ThenBy(g => g.Key.Norm, StringComparer.Ordinal))
        {
            // Same acronym, different expansions: one entity per long form; mentions with none join the most used one.
            var senses = group.Where(x => x.Mention.LongForm is not null)
                .GroupBy(x => NameNormaliser.Normalise(x.Mention.LongForm ?? ""))
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.ToList()).ToList();
            var bare = group.Where(x => x.Mention.LongForm is null).ToList();
            if (senses.Count == 0) senses.Add(bare);
            else senses[0].AddRange(bare);

            foreach (var sense in senses)
            {
                var name = sense.GroupBy(x => x.Mention.Name).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
                var id = NodeIds.For(group.Key.Label, name);
                for (var n = 2; !usedIds.Add(id); n++) id = NodeIds.For(group.Key.Label, name) + "-" + n;
                var aliases = sense.SelectMany(x => x.Mention.Aliases.Append(x.Mention.Name))
                    .Where(a => a != name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
                entityNodes.Add(new GraphNode { Id = id, Label = group.Key.Label, Name = name, Aliases = aliases });
                foreach (var (paperId, mention) in sense)
                {
                    entityOf[(paperId, new MentionKey(mention.Label, mention.Name))] = id;
                }
            }
        }
        return entityOf;
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

    private static int Rank(RelationType role) => role switch
    {
        RelationType.Proposes => 0,
        RelationType.EvaluatesOn => 1,
        _ => 2,
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
