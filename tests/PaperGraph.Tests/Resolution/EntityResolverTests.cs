using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Resolution;
using static PaperGraph.Tests.Extraction.ExtractionSamples;

namespace PaperGraph.Tests.Resolution;

public sealed class EntityResolverTests
{
    private static (EntityTable Table, PaperExtraction[] Papers) Resolve(params (string Title, string Abstract)[] papers)
    {
        var resolver = new EntityResolver();
        var extractions = papers.Select((p, i) => Extract(p.Title, p.Abstract, "paper:" + i)).ToArray();
        foreach (var x in extractions) resolver.Observe(x);
        return (resolver.Resolve(), extractions);
    }

    private static IEnumerable<string> IdsNamed(EntityTable table, string name) =>
        table.EntityNodes.Where(n => n.Name == name || n.Aliases.Contains(name)).Select(n => n.Id);

    [Fact]
    public void Resolve_RlvrAcronymAndItsWithAndFromLongForms_AreOneNode()
    {
        var (table, _) = Resolve(
            ("A", "We study reinforcement learning with verifiable rewards (RLVR) for math."),
            ("B", "Reinforcement Learning from Verifiable Rewards (RLVR) is popular."),
            ("C", "RL from verifiable rewards (RLVR) scales."),
            ("D", "Beyond RLVR, we look at other signals."));

        var rlvr = Assert.Single(table.EntityNodes, n => n.Name == "RLVR");
        Assert.Equal(NodeLabel.Method, rlvr.Label);
        Assert.Single(IdsNamed(table, "RLVR").Distinct());
    }

    [Fact]
    public void Resolve_ThreeRptsWithDifferentMeanings_StayThreeNodes()
    {
        var (table, _) = Resolve(
            ("Robot Learning with Sensorimotor Pre-training", "Our model, called RPT, is a Transformer that operates on sensorimotor tokens."),
            ("RPT: Relational Pre-trained Transformer Is Almost All You Need", "We answer this by presenting RPT, a denoising auto-encoder for tuples."),
            ("Cross-lingual Reasoning", "Recent advancements in Reinforcement Post-Training (RPT) have enhanced reasoning."),
            ("Another Paper", "We compare with RPT on tuples."));

        var rpts = table.EntityNodes.Where(n => n.Name == "RPT").ToArray();
        Assert.Equal(3, rpts.Length);
        Assert.Single(rpts, n => n.Label == NodeLabel.Method && n.Aliases.Contains("Reinforcement Post-Training"));
        Assert.Single(rpts, n => n.Label == NodeLabel.Model && n.Aliases.Contains("Relational Pre-trained Transformer"));
    }

    [Fact]
    public void Resolve_ModelSpellingsWithDifferentGaps_AreOneNode()
    {
        var (table, _) = Resolve(
            ("A", "We fine-tune Qwen-2.5-7B with GRPO."),
            ("B", "Results on Qwen2.5-7B improve."));

        var qwen = Assert.Single(table.EntityNodes, n => n.Label == NodeLabel.Model);
        Assert.Contains(qwen.Name, new[] { "Qwen-2.5-7B", "Qwen2.5-7B" });
    }

    [Fact]
    public void Resolve_NameTypedInOnePaper_IsRecognisedWhereAnotherLeftItUntyped()
    {
        var (table, papers) = Resolve(
            ("DAPOx: An Open-Source RL System", "We propose DAPOx, a scalable reinforcement learning algorithm."),
            ("A Comparison", "We compare against DAPOx on math."));

        var resolved = table.Resolve(papers[1]);

        var dapo = Assert.Single(table.EntityNodes, n => n.Name == "DAPOx");
        Assert.Contains(resolved.Links, l => l.EntityId == dapo.Id && l.Role == RelationType.Mentions);
    }
}
