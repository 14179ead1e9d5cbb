namespace PaperGraph.Evaluation;

/// <summary>
/// One paper's one-to-one greedy matching of predicted entity nodes to gold entities, as score.py
/// does it: predicted nodes in id order, a first pass that needs the predicted canonical name among
/// the gold forms, then a pass that needs any shared form; labels must be equal; each gold entity
/// is used once and the first free one wins.
/// </summary>
internal sealed class EntityMatching
{
    public Dictionary<string, int> GoldIndexOf { get; } = new(StringComparer.Ordinal);
    public HashSet<int> UsedGold { get; } = [];

    public static EntityMatching Match(PredictedGraph graph, IEnumerable<KeyValuePair<string, string>> links, IReadOnlyList<GoldEntity> gold)
    {
        var matching = new EntityMatching();
        var goldForms = gold.Select(g => ScoringName.Forms(g.Name, g.Aliases)).ToArray();
        var order = links.Select(l => l.Key).Order(StringComparer.Ordinal).ToArray();
        foreach (var exactPass in (bool[])[true, false])
        {
            foreach (var nodeId in order)
            {
                if (matching.GoldIndexOf.ContainsKey(nodeId)) continue;
                var node = graph.Nodes[nodeId];
                var name = ScoringName.Normalise(node.Name);
                var forms = ScoringName.Forms(node.Name, node.Aliases);
                for (var i = 0; i < gold.Count; i++)
                {
                    if (matching.UsedGold.Contains(i) || gold[i].Label != node.Label) continue;
                    var hit = exactPass ? goldForms[i].Contains(name) : forms.Overlaps(goldForms[i]);
                    if (!hit) continue;
                    matching.UsedGold.Add(i);
                    matching.GoldIndexOf[nodeId] = i;
                    break;
                }
            }
        }
        return matching;
    }
}
