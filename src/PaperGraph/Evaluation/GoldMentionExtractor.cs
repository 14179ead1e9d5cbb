using PaperGraph.Extraction;
using PaperGraph.Extraction.Relations;
using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Evaluation;

/// <summary>
/// An extractor for measuring relation rules alone: a paper's mentions are its gold entities
/// (located at their first occurrence in the abstract), and only the relations are extracted.
/// Papers the gold does not annotate get no mentions. Used by <c>eval --gold-mentions</c>,
/// never by <c>build</c>.
/// </summary>
public sealed class GoldMentionExtractor : IPaperExtractor
{
    private readonly Dictionary<string, GoldPaper> _byTitle = new(StringComparer.Ordinal);
    private readonly RelationExtractor _relations;

    public GoldMentionExtractor(IEnumerable<GoldPaper> gold, RelationExtractor relations)
    {
        foreach (var paper in gold) _byTitle.TryAdd(ScoringName.NormaliseTitle(paper.Title), paper);
        _relations = relations;
    }

    public PaperExtraction Extract(Paper paper)
    {
        var sentences = SentenceSplitter.Split(paper.Abstract);
        var mentions = _byTitle.TryGetValue(ScoringName.NormaliseTitle(paper.Title), out var gold)
            ? gold.Entities.Select(e => ToMention(paper, sentences, e)).OrderBy(m => m.Evidence.Start).ToArray()
            : [];
        return new PaperExtraction
        {
            Paper = paper,
            Mentions = mentions,
            Relations = _relations.Extract(paper, sentences, mentions),
        };
    }

    private static Mention ToMention(Paper paper, IReadOnlyList<Sentence> sentences, GoldEntity entity)
    {
        var (start, length) = FirstOccurrence(paper.Abstract, entity);
        var sentence = start < 0 ? "" : sentences.LastOrDefault(s => s.Start <= start).Text ?? "";
        return new Mention
        {
            Label = entity.Label,
            Name = entity.Name,
            Aliases = entity.Aliases,
            // Keeps same-acronym entities of different papers apart, as the gold ids do.
            LongForm = entity.Id,
            Role = entity.Proposed ? RelationType.Proposes
                : entity.Label == NodeLabel.Benchmark ? RelationType.EvaluatesOn
                : RelationType.Mentions,
            Evidence = new Evidence(paper.Id, sentence, start, length),
        };
    }

    private static (int Start, int Length) FirstOccurrence(string text, GoldEntity entity)
    {
        var best = (Start: -1, Length: 0);
        foreach (var form in entity.Aliases.Prepend(entity.Name).Where(f => f.Length > 0))
        {
            var at = text.IndexOf(form, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (best.Start < 0 || at < best.Start)) best = (at, form.Length);
        }
        return best;
    }
}
