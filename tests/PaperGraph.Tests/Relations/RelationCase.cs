using PaperGraph.Extraction;
using PaperGraph.Extraction.Relations;
using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Tests.Relations;

/// <summary>An abstract and the mentions an extractor would give it, run through <see cref="RelationExtractor"/>.</summary>
internal sealed class RelationCase(string title, string text)
{
    private readonly List<Mention> _mentions = [];

    public RelationCase Proposes(NodeLabel label, string name) => Add(label, name, RelationType.Proposes, []);

    /// <summary>A proposed acronym with the long form the paper defines for it.</summary>
    public RelationCase ProposesDefined(NodeLabel label, string name, string longForm) => Add(label, name, RelationType.Proposes, [longForm], longForm);

    public RelationCase Names(NodeLabel label, string name, params string[] aliases) =>
        Add(label, name, label == NodeLabel.Benchmark ? RelationType.EvaluatesOn : RelationType.Mentions, aliases);

    public IReadOnlyList<string> Relations()
    {
        var paper = new Paper { Id = "paper:t", Title = title, Abstract = text, Source = new SourceLocation("t.txt", 1) };
        return new RelationExtractor().Extract(paper, SentenceSplitter.Split(text), _mentions)
            .Select(r => $"{r.Head.Name} {r.Type.CypherName()} {r.Tail.Name}").Order(StringComparer.Ordinal).ToArray();
    }

    private RelationCase Add(NodeLabel label, string name, RelationType role, string[] aliases, string? longForm = null)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        _mentions.Add(new Mention
        {
            Label = label,
            Name = name,
            Aliases = aliases,
            LongForm = longForm,
            Role = role,
            Evidence = new Evidence("paper:t", text, at, name.Length),
        });
        return this;
    }
}
