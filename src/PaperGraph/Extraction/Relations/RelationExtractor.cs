using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// Finds entity-to-entity relations among one paper's mentions, from sentence-level cues
/// (see the rule classes beside this one) and from standard facts that hold by definition
/// (<c>standard-relations.tsv</c>). Immutable; safe to call from several threads.
/// </summary>
public sealed class RelationExtractor
{
    private readonly StandardRelations _standard = StandardRelations.Shipped;

    public IReadOnlyList<RelationMention> Extract(Paper paper, IReadOnlyList<Sentence> sentences, IReadOnlyList<Mention> mentions)
    {
        if (mentions.Count < 2) return [];
        var context = new RelationContext(paper, sentences, mentions);
        var found = new RelationSet();
        _standard.Apply(context, found);
        ExtensionRule.Apply(context, found);
        context.AddKindsOfTechniques(found.Relations);
        ComparisonRule.Apply(context, found);
        TrainingRule.Apply(context, found);
        RewardRule.Apply(context, found);
        // The models the paper trains: with its own method, or on its own reward ("PPO fine-tuning of
        // InternVL3-8B" with the proposed reward model's scores).
        var ownRewards = mentions.Where(m => m.Label == NodeLabel.Reward && m.Role == RelationType.Proposes).Select(m => new MentionKey(m.Label, m.Name)).ToHashSet();
        var trained = found.Relations.Where(r => r.Type == RelationType.TrainedWith && r.Tail.Label == NodeLabel.Method && IsProposedKey(context, r.Tail)
                || r.Type == RelationType.UsesReward && r.Head.Label == NodeLabel.Model && ownRewards.Contains(r.Tail))
            .Select(r => r.Head).ToHashSet();
        EvaluationRule.Apply(context, found, mentions.Where(m => m.Label == NodeLabel.Model && trained.Contains(new MentionKey(m.Label, m.Name))).ToArray());
        return found.Relations;
    }

    private static bool IsProposedKey(RelationContext context, MentionKey key) =>
        context.Proposed.Any(p => p.Label == key.Label && p.Name == key.Name);
}
