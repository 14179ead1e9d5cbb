using PaperGraph.Extraction;
using PaperGraph.Extraction.Relations;
using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Tests.Relations;

public sealed class ExtensionRuleTests
{
    // The 200k bench crashed here: "Open Reasoner" and "Reasoner Zero" overlap after the cue, and the
    // rule read the text between the end of one and the start of the next, a negative length.
    [Fact]
    public void Apply_OverlappingMentionsAfterTheCue_ExtendsTheFirstAndSkipsTheOverlap()
    {
        const string text = "We propose DeepMath. DeepMath extends Open Reasoner Zero with harder problems.";
        var mentions = new[]
        {
            MentionOf(text, NodeLabel.Method, "DeepMath", RelationType.Proposes),
            MentionOf(text, NodeLabel.Method, "Open Reasoner", RelationType.Mentions),
            MentionOf(text, NodeLabel.Method, "Reasoner Zero", RelationType.Mentions),
        };
        var paper = new Paper { Id = "paper:t", Title = "DeepMath", Abstract = text, Source = new SourceLocation("t.txt", 1) };
        var context = new RelationContext(paper, SentenceSplitter.Split(text), mentions);
        var found = new RelationSet();

        ExtensionRule.Apply(context, found);

        var relation = Assert.Single(found.Relations);
        Assert.Equal(("DeepMath", RelationType.Extends, "Open Reasoner"), (relation.Head.Name, relation.Type, relation.Tail.Name));
        Assert.Equal("DeepMath extends Open Reasoner Zero with harder problems.", relation.Evidence.Sentence);
    }

    private static Mention MentionOf(string text, NodeLabel label, string name, RelationType role) => new()
    {
        Label = label,
        Name = name,
        Role = role,
        Evidence = new Evidence("paper:t", text, text.IndexOf(name, StringComparison.Ordinal), name.Length),
    };
}
