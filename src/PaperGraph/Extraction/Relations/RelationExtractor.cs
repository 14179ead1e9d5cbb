using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// Finds entity-to-entity relations among the mentions one paper has: for now, that the paper's
/// proposed methods and models are evaluated on the benchmarks it names.
/// Immutable; safe to call from several threads.
/// </summary>
public sealed class RelationExtractor
{
    public IReadOnlyList<RelationMention> Extract(Paper paper, IReadOnlyList<Sentence> sentences, IReadOnlyList<Mention> mentions)
    {
        var relations = new List<RelationMention>();
        var proposed = mentions.Where(m => m.Role == RelationType.Proposes && m.Label is NodeLabel.Method or NodeLabel.Model);
        foreach (var p in proposed)
        {
            foreach (var b in mentions.Where(m => m.Label == NodeLabel.Benchmark))
            {
                relations.Add(new RelationMention(new(p.Label, p.Name), RelationType.EvaluatedOn, new(b.Label, b.Name), b.Evidence));
            }
        }
        return relations;
    }
}
