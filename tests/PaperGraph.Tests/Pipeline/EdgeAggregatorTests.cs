using PaperGraph.Graph;
using PaperGraph.Pipeline;

namespace PaperGraph.Tests.Pipeline;

public sealed class EdgeAggregatorTests
{
    [Fact]
    public void Edge_SeenInManyPapers_KeepsEveryPaperAndTheFirstSentencesWhateverTheOrder()
    {
        var papers = Enumerable.Range(0, 50).Select(i => (Paper: $"paper:{i:D3}", Sentence: $"sentence {i:D3}")).ToArray();
        var forward = new EdgeAggregator();
        var backward = new EdgeAggregator();

        foreach (var (paper, sentence) in papers) forward.Add("method:a", RelationType.EvaluatedOn, "benchmark:b", paper, sentence);
        foreach (var (paper, sentence) in papers.Reverse()) backward.Add("method:a", RelationType.EvaluatedOn, "benchmark:b", paper, sentence);

        var edge = Assert.Single(forward.Edges());
        Assert.Equal(50, edge.Papers.Count);
        Assert.Equal(papers.Take(EdgeAggregator.MaxEvidence).Select(p => p.Sentence), edge.Evidence);
        Assert.Equal(edge.Evidence, Assert.Single(backward.Edges()).Evidence);
    }
}
