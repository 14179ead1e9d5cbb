using PaperGraph.Evaluation;
using PaperGraph.Graph;

namespace PaperGraph.Tests.Evaluation;

public sealed class GoldReaderTests
{
    [Fact]
    public void Read_Line_ReadsEntitiesFlagsAndRelations()
    {
        const string line = """{"title": "T", "entities": [{"id": "a", "type": "Method", "name": "A", "aliases": ["Alpha"], "proposed": true}, {"id": "b", "type": "Benchmark", "name": "B", "core": false}], "relations": [{"head": "a", "type": "EVALUATED_ON", "tail": "b"}]}""";

        var paper = Assert.Single(GoldReader.Read(new StringReader("\n" + line + "\n"), "g.jsonl"));

        Assert.Equal("T", paper.Title);
        Assert.Equal((NodeLabel.Method, true, true), (paper.Entities[0].Label, paper.Entities[0].Proposed, paper.Entities[0].Core));
        Assert.Equal((false, false), (paper.Entities[1].Proposed, paper.Entities[1].Core));
        Assert.Equal(new GoldRelation("a", "EVALUATED_ON", "b"), Assert.Single(paper.Relations));
    }

    [Fact]
    public void Read_BadLine_NamesFileAndLine()
    {
        var ex = Assert.Throws<InvalidDataException>(() => GoldReader.Read(new StringReader("{\"title\": \"T\"}\n{\"title\": \"U\", \"entities\": [{\"id\": \"x\", \"type\": \"Gadget\", \"name\": \"X\"}]}\n"), "g.jsonl"));

        Assert.Contains("g.jsonl:2", ex.Message);
        Assert.Contains("Gadget", ex.Message);
    }
}
