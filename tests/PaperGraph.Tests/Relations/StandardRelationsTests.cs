using PaperGraph.Extraction.Relations;
using PaperGraph.Graph;

namespace PaperGraph.Tests.Relations;

public sealed class StandardRelationsTests
{
    [Fact]
    public void Shipped_HoldsTheParadigmRewards()
    {
        var facts = StandardRelations.Shipped.Facts;

        Assert.Contains(facts, f => f.HeadForms.Contains("rlvr") && f.Type == RelationType.UsesReward && f.TailForms.Contains("verifiable reward"));
        Assert.Contains(facts, f => f.HeadForms.Contains("rlaif") && f.Type == RelationType.UsesReward && f.TailForms.Contains("ai feedback"));
    }

    [Fact]
    public void Parse_RelationTheSchemaForbids_NamesSourceAndLine()
    {
        var text = "# facts\nBenchmark\tAIME\tUSES_REWARD\tReward\tverifiable reward\n";

        var ex = Assert.Throws<InvalidDataException>(() => StandardRelations.Parse(new StringReader(text), "facts.tsv"));

        Assert.Contains("facts.tsv:2", ex.Message);
    }
}
