using PaperGraph.Graph;

namespace PaperGraph.Evaluation;

/// <summary>
/// Scores a graph against gold papers by the rules of SCHEMA.md, as <c>shared/tools/score.py</c>
/// does: papers matched by normalised title; per paper, one-to-one greedy matching of predicted
/// entities to gold entities (exact canonical-name pass first, then any shared form); relations
/// counted per paper with both ends matched; B-cubed identity over the matched mentions.
/// </summary>
public static class ExtractionScorer
{
    private const string ProposesType = "PROPOSES";

    public static ScoreReport Score(IReadOnlyList<GoldPaper> gold, KnowledgeGraph graph)
    {
        var predicted = PredictedGraph.From(graph);
        var entities = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var relations = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var proposes = new int[3];
        var mentions = new List<(string GoldId, string NodeId)>();
        var missing = new List<string>();

        foreach (var paper in gold)
        {
            var paperId = predicted.PaperIdByTitle.GetValueOrDefault(ScoringName.NormaliseTitle(paper.Title));
            if (paperId is null) missing.Add(paper.Title);
            IReadOnlyCollection<KeyValuePair<string, string>> links = paperId is null ? [] : predicted.EntitiesOf(paperId);
            var match = EntityMatching.Match(predicted, links, paper.Entities);

            foreach (var (nodeId, linkType) in links)
            {
                var label = predicted.Nodes[nodeId].Label.ToString();
                if (match.GoldIndexOf.TryGetValue(nodeId, out var goldIndex))
                {
                    var ge = paper.Entities[goldIndex];
                    if (ge.Core) Tally(entities, label)[0]++;
                    mentions.Add((ge.Id, nodeId));
                    var predictedProposes = linkType == ProposesType;
                    if (ge.Proposed && predictedProposes) proposes[0]++;
                    else if (predictedProposes) proposes[1]++;
                    else if (ge.Proposed) proposes[2]++;
                }
                else
                {
                    Tally(entities, label)[1]++;
                }
            }
            for (var i = 0; i < paper.Entities.Count; i++)
            {
                if (match.UsedGold.Contains(i)) continue;
                var ge = paper.Entities[i];
                if (ge.Core) Tally(entities, ge.Label.ToString())[2]++;
                if (ge.Proposed) proposes[2]++;
            }
            ScoreRelations(paper, paperId is null ? [] : predicted.RelationsOf(paperId), match, relations);
        }

        return new ScoreReport
        {
            Papers = gold.Count,
            PapersMissing = missing,
            Entities = Block(entities),
            Relations = Block(relations),
            Proposes = PrfScore.Of(proposes[0], proposes[1], proposes[2]),
            IdentityB3 = BCubed.Of(mentions),
        };
    }

    private static void ScoreRelations(
        GoldPaper paper, IReadOnlyCollection<(string Source, string Type, string Target)> edges,
        EntityMatching match, SortedDictionary<string, int[]> relations)
    {
        var goldRelations = paper.Relations.Select(r => (r.Head, r.Type, r.Tail)).ToHashSet();
        var predictedRelations = new HashSet<(string, string, string)>();
        foreach (var (source, type, target) in edges)
        {
            if (match.GoldIndexOf.TryGetValue(source, out var h) && match.GoldIndexOf.TryGetValue(target, out var t))
                predictedRelations.Add((paper.Entities[h].Id, type, paper.Entities[t].Id));
            else
                Tally(relations, type)[1]++;
        }
        foreach (var r in predictedRelations)
        {
            Tally(relations, r.Item2)[goldRelations.Contains(r) ? 0 : 1]++;
        }
        foreach (var r in goldRelations.Where(r => !predictedRelations.Contains(r)))
        {
            Tally(relations, r.Type)[2]++;
        }
    }

    private static int[] Tally(SortedDictionary<string, int[]> counts, string key)
    {
        if (!counts.TryGetValue(key, out var tally))
        {
            tally = new int[3];
            counts[key] = tally;
        }
        return tally;
    }

    private static KeyValuePair<string, PrfScore>[] Block(SortedDictionary<string, int[]> counts)
    {
        var all = PrfScore.Of(counts.Values.Sum(v => v[0]), counts.Values.Sum(v => v[1]), counts.Values.Sum(v => v[2]));
        return counts.Select(kv => KeyValuePair.Create(kv.Key, PrfScore.Of(kv.Value[0], kv.Value[1], kv.Value[2])))
            .Prepend(KeyValuePair.Create("all", all))
            .ToArray();
    }
}
