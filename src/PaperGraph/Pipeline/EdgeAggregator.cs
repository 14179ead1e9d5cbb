using PaperGraph.Graph;

namespace PaperGraph.Pipeline;

/// <summary>
/// Gathers edges seen in many papers into one edge each, with the papers and the evidence sentences.
/// Memory is one entry per distinct edge plus its papers; evidence is capped at
/// <see cref="MaxEvidence"/> sentences per edge, keeping the ordinally first ones, so the result does
/// not depend on the order papers arrive in. Not thread-safe.
/// </summary>
internal sealed class EdgeAggregator
{
    /// <summary>
    /// Evidence sentences kept per edge. A relation stated in thousands of papers would otherwise
    /// carry thousands of sentences into memory and into one Neo4j property; its <c>papers</c> list
    /// stays complete, so every supporting paper can still be found.
    /// </summary>
    public const int MaxEvidence = 20;

    private readonly Dictionary<(string, RelationType, string), Support> _edges = [];

    public int Count => _edges.Count;

    public void Add(string source, RelationType type, string target, string paperId, string sentence)
    {
        if (!_edges.TryGetValue((source, type, target), out var support))
        {
            support = new Support();
            _edges[(source, type, target)] = support;
        }
        support.Add(paperId, sentence);
    }

    /// <summary>The edges, in no particular order (writers sort).</summary>
    public IEnumerable<GraphEdge> Edges() => _edges.Select(kv => new GraphEdge
    {
        Source = kv.Key.Item1,
        Type = kv.Key.Item2,
        Target = kv.Key.Item3,
        Papers = kv.Value.SortedPapers(),
        Evidence = kv.Value.Evidence.ToArray(),
    });

    /// <remarks>
    /// A build adds papers in paper-id order, so the papers of an edge arrive sorted and a repeat is
    /// the last one added: a plain list of references holds them (a sorted set cost a tree node per
    /// paper and edge, which at a million papers was gigabytes). Other callers may add in any order;
    /// the list is then sorted and deduplicated once, when the edges are read.
    /// </remarks>
    private sealed class Support
    {
        private readonly List<string> _papers = [];
        private bool _inOrder = true;

        public SortedSet<string> Evidence { get; } = new(StringComparer.Ordinal);

        public string[] SortedPapers() =>
            _inOrder ? _papers.ToArray() : _papers.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

        public void Add(string paperId, string sentence)
        {
            if (_papers.Count == 0 || !string.Equals(_papers[^1], paperId, StringComparison.Ordinal))
            {
                if (_papers.Count > 0 && string.CompareOrdinal(_papers[^1], paperId) > 0) _inOrder = false;
                _papers.Add(paperId);
            }
            if (Evidence.Count < MaxEvidence)
            {
                Evidence.Add(sentence);
            }
            else if (StringComparer.Ordinal.Compare(sentence, Evidence.Max) < 0 && Evidence.Add(sentence))
            {
                Evidence.Remove(Evidence.Max ?? sentence);
            }
        }
    }
}
