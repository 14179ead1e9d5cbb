using PaperGraph.Graph;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// USES_REWARD: a reward named in a sentence is used by the proposed methods and models named
/// there ("RLP, with rewards computed from information gain"), else by the method named nearest
/// before it ("RLVR with outcome rewards"), else by the paper's subject.
/// </summary>
internal static class RewardRule
{
    public static void Apply(RelationContext context, RelationSet found)
    {
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            var here = context.In(s);
            foreach (var reward in here.Where(o => o.Mention.Label == NodeLabel.Reward))
            {
                var evidence = context.EvidenceAt(reward);
                var users = here.Where(o => o.Mention.Label is NodeLabel.Method or NodeLabel.Model && context.IsProposed(o.Mention)).ToArray();
                if (users.Length > 0)
                {
                    foreach (var u in users) found.Add(u.Mention, RelationType.UsesReward, reward.Mention, evidence);
                    continue;
                }
                var nearest = here.LastOrDefault(o => o.Mention.Label == NodeLabel.Method && o.End <= reward.Start).Mention;
                if (nearest is not null) found.Add(nearest, RelationType.UsesReward, reward.Mention, evidence);
                else if (context.Subject is { } subject) found.Add(subject, RelationType.UsesReward, reward.Mention, evidence);
            }
        }
    }
}
