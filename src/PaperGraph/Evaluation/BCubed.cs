namespace PaperGraph.Evaluation;

/// <summary>B-cubed precision, recall and F1 of predicted node ids against gold ids over matched mentions.</summary>
internal static class BCubed
{
    public static (double Precision, double Recall, double F1) Of(IReadOnlyList<(string GoldId, string NodeId)> mentions)
    {
        if (mentions.Count == 0) return (0.0, 0.0, 0.0);
        var byGold = mentions.Select((m, k) => (m.GoldId, k)).ToLookup(x => x.GoldId, x => x.k);
        var byNode = mentions.Select((m, k) => (m.NodeId, k)).ToLookup(x => x.NodeId, x => x.k);
        double precision = 0, recall = 0;
        foreach (var (goldId, nodeId) in mentions)
        {
            var sameNode = byNode[nodeId].ToHashSet();
            var sameGold = byGold[goldId].ToArray();
            var both = sameGold.Count(sameNode.Contains);
            precision += (double)both / sameNode.Count;
            recall += (double)both / sameGold.Length;
        }
        precision /= mentions.Count;
        recall /= mentions.Count;
        return (precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0);
    }
}
