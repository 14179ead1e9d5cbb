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
