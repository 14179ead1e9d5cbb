using System.Text.RegularExpressions;
using PaperGraph.Export.Explorer;
using PaperGraph.Graph;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Explorer;

public sealed class ExplorerPageWriterTests
{
    [Fact]
    public void Render_HostileText_NeverBecomesMarkupOrEndsAScriptEarly()
    {
        var html = ExplorerPageWriter.Render(HostileGraph.Create());

        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        // The page has exactly four script blocks: graph data, layout, the library and its own code.
        Assert.Equal(4, Regex.Count(html, "<script", RegexOptions.IgnoreCase));
        Assert.Equal(4, Regex.Count(html, "</script", RegexOptions.IgnoreCase));
    }

    [Fact]
    public void Render_NeedsNoNetwork_NoExternalScriptStyleOrFrame()
    {
        var html = ExplorerPageWriter.Render(HostileGraph.Create());

        Assert.DoesNotMatch(new Regex("<(script|img|iframe|link)[^>]*\\s(src|href)\\s*=", RegexOptions.IgnoreCase), html);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("The Cytoscape Consortium", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"\{\{[A-Z_]+\}\}"), html);
    }

    [Fact]
    public void Render_SameGraphTwice_SameText()
    {
        var graph = HostileGraph.Create();

        Assert.Equal(ExplorerPageWriter.Render(graph), ExplorerPageWriter.Render(graph));
    }

    [Fact]
    public void WriteFromFile_OfAWrittenGraphJson_GivesTheSameBytesAsWriteOfTheGraph()
    {
        var graph = HostileGraph.Create();
        var dir = Some.TempFolder();
        var graphJson = Path.Combine(dir, "graph.json");
        GraphJson.WriteFile(graph, graphJson);

        ExplorerPageWriter.Write(graph, Path.Combine(dir, "from-graph.html"));
        ExplorerPageWriter.WriteFromFile(graphJson, Path.Combine(dir, "from-file.html"));

        var fromGraph = File.ReadAllBytes(Path.Combine(dir, "from-graph.html"));
        Assert.Equal(fromGraph, File.ReadAllBytes(Path.Combine(dir, "from-file.html")));
        Assert.Equal(ExplorerPageWriter.Render(graph), System.Text.Encoding.UTF8.GetString(fromGraph));
    }

    [Fact]
    public void ReadShape_OfAWrittenGraph_HasItsNodesAndEdgesInOrder_AcrossBufferRefillsAndLongTokens()
    {
        // Many nodes and edges (the file is read 64 KiB at a time) and one abstract longer than the buffer.
        var papers = Enumerable.Range(0, 600).Select(i => new GraphNode
        {
            Id = $"paper:p{i}", Label = NodeLabel.Paper, Name = $"Paper {i}", Title = $"Paper {i}",
            Abstract = i == 7 ? new string('w', 200_000) : $"About \"method {i % 40}\", with [brackets] and {{braces}}.",
            Authors = ["A. Author", "B. Author"],
        });
        var methods = Enumerable.Range(0, 40).Select(i => new GraphNode { Id = $"method:m{i}", Label = NodeLabel.Method, Name = $"M{i}", Aliases = [$"m-{i}"] });
        var edges = Enumerable.Range(0, 600).Select(i => new GraphEdge
        {
            Source = $"paper:p{i}", Target = $"method:m{i % 40}", Type = i % 3 == 0 ? RelationType.Proposes : RelationType.Mentions,
            Papers = [$"paper:p{i}"], Evidence = [$"We use M{i % 40}."],
        });
        var graph = KnowledgeGraph.Create(papers.Concat(methods), edges);
        var path = Path.Combine(Some.TempFolder(), "graph.json");
        GraphJson.WriteFile(graph, path);

        var shape = GraphJson.ReadShape(path);

        Assert.Equal(graph.Nodes.Select(n => (n.Id, n.Label)), shape.Nodes.Select(n => (n.Id, n.Label)));
        Assert.Equal(graph.Edges.Select(e => (e.Source, e.Type, e.Target)), shape.Edges.Select(e => (e.Source, e.Type, e.Target)));
        Assert.All(shape.Nodes, n => Assert.Null(n.Abstract));
    }

    [Fact]
    public void ReadShape_OfAFileCutShort_IsInvalidDataNamingTheFile()
    {
        var path = Path.Combine(Some.TempFolder(), "graph.json");
        GraphJson.WriteFile(HostileGraph.Create(), path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<InvalidDataException>(() => GraphJson.ReadShape(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a</script>b", "a<\\/script>b")]
    [InlineData("a</SCRIPT >b", "a<\\/SCRIPT >b")]
    [InlineData("x = '<!--'", "x = '<\\!--'")]
    [InlineData("if (a < b) c();", "if (a < b) c();")]
    public void InlineScript_TagsThatWouldEndOrEscapeTheBlock_AreBroken(string code, string expected)
    {
        Assert.Equal(expected, ExplorerPageWriter.InlineScript(code));
    }

    [Fact]
    public async Task Build_OnSample_WritesExplorerNextToGraphJson()
    {
        var outDir = Path.Combine(Some.TempFolder(), "graph");

        var run = await CliRun.Of("build", Some.SampleInput, "--out", outDir);

        Assert.Equal(0, run.ExitCode);
        var html = await File.ReadAllTextAsync(Path.Combine(outDir, "explorer.html"));
        var graphJson = await File.ReadAllTextAsync(Path.Combine(outDir, "graph.json"));
        Assert.Contains("<script type=\"application/json\" id=\"pg-graph\">" + graphJson + "</script>", html, StringComparison.Ordinal);
    }
}
