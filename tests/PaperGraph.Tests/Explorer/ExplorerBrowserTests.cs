using PaperGraph.Export.Explorer;
using PaperGraph.Graph;

namespace PaperGraph.Tests.Explorer;

/// <summary>The explorer of the bundled sample, opened from disk in real headless Chromium.</summary>
public sealed class ExplorerBrowserTests(ExplorerBrowser browser) : IClassFixture<ExplorerBrowser>
{
    /// <summary>Where the seed graph's screenshot is written for people to look at.</summary>
    public static string ScreenshotPath { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "explorer-seed.png");

    [SkippableFact]
    public async Task Page_OpenedFromDisk_ReportsTheWholeGraphsCountsWithoutNetwork()
    {
        browser.SkipUnlessAvailable();

        var page = await browser.OpenAsync(browser.SeedPage);

        var graph = browser.SeedGraph;
        Assert.Equal($"{graph.Nodes.Count} nodes · {graph.Edges.Count} edges", await page.StatusAsync());
        Assert.Equal(graph.Nodes.Count, (await page.VisibleNodeIdsAsync()).Length);
        Assert.All(page.Requests, url => Assert.StartsWith("file:", url));
        Assert.Empty(page.Errors);
        Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath) ?? ".");
        await page.Page.ScreenshotAsync(new() { Path = ScreenshotPath });
        Assert.True(new FileInfo(ScreenshotPath).Length > 10_000, "screenshot is suspiciously small: " + ScreenshotPath);
    }

    [SkippableFact]
    public async Task Search_Grpo_FocusesThatNodeAndShowsExactlyItsNeighbourhood()
    {
        browser.SkipUnlessAvailable();
        var page = await browser.OpenAsync(browser.SeedPage);

        await page.SearchAsync("GRPO");

        var root = await page.FocusRootAsync();
        var node = Assert.Single(browser.SeedGraph.Nodes, n => n.Id == root);
        Assert.Equal("GRPO", node.Name);
        Assert.Equal("GRPO", await page.DetailsTitleAsync());
        var expected = browser.SeedGraph.Edges
            .Where(e => e.Source == node.Id || e.Target == node.Id)
            .SelectMany(e => new[] { e.Source, e.Target })
            .Append(node.Id)
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, (await page.VisibleNodeIdsAsync()).Order(StringComparer.Ordinal));
        Assert.Empty(page.Errors);
    }

    [SkippableFact]
    public async Task ClickOnNode_ShowsItsPapersAndTheEvidenceOfItsEdges()
    {
        browser.SkipUnlessAvailable();
        var rlp = Assert.Single(browser.SeedGraph.Nodes, n => n.Label == NodeLabel.Method && n.Name == "RLP");
        var evidence = browser.SeedGraph.Edges.Where(e => e.Target == rlp.Id || e.Source == rlp.Id).SelectMany(e => e.Evidence).ToList();
        Assert.NotEmpty(evidence);
        var page = await browser.OpenAsync(browser.SeedPage);

        await page.ClickNodeAsync(rlp.Id);

        Assert.Equal("RLP", await page.DetailsTitleAsync());
        var details = await page.Page.InnerTextAsync("#pg-details");
        Assert.All(evidence, sentence => Assert.Contains(sentence, details));
        Assert.Contains("RLP: Reinforcement as a Pretraining Objective", details);
    }

    [SkippableFact]
    public async Task DoubleClickOnNeighbour_AddsItsNeighboursToTheFocus()
    {
        browser.SkipUnlessAvailable();
        var page = await browser.OpenAsync(browser.SeedPage);
        await page.SearchAsync("RLP");
        var before = await page.VisibleNodeIdsAsync();
        var root = await page.FocusRootAsync() ?? "";
        // A paper next to RLP that links to more than RLP, so expanding it must show new nodes.
        var paper = browser.SeedGraph.Edges
            .Where(e => e.Target == root && e.Type.IsPaperLink())
            .Select(e => e.Source)
            .First(p => browser.SeedGraph.Edges.Any(e => e.Source == p && !before.Contains(e.Target)));

        await page.DoubleClickNodeAsync(paper);

        var after = await page.VisibleNodeIdsAsync();
        var added = browser.SeedGraph.Edges.Where(e => e.Source == paper).Select(e => e.Target);
        Assert.Subset(after.ToHashSet(), added.Concat(before).ToHashSet());
        Assert.True(after.Length > before.Length, $"expanding {paper} showed {after.Length} nodes, before {before.Length}");
    }

    [SkippableFact]
    public async Task HidePapersAndReset_HideEveryPaperThenBringBackTheWholeGraph()
    {
        browser.SkipUnlessAvailable();
        var graph = browser.SeedGraph;
        var page = await browser.OpenAsync(browser.SeedPage);

        await page.Page.CheckAsync("#pg-hide-papers");
        var hidden = await page.VisibleNodeIdsAsync();
        await page.Page.ClickAsync("#pg-reset");
        var reset = await page.VisibleNodeIdsAsync();

        Assert.Equal(graph.Nodes.Count(n => n.Label != NodeLabel.Paper), hidden.Length);
        Assert.DoesNotContain(hidden, id => id.StartsWith("paper:", StringComparison.Ordinal));
        Assert.Equal(graph.Nodes.Count, reset.Length);
        Assert.False(await page.Page.IsCheckedAsync("#pg-hide-papers"));
    }

    [SkippableFact]
    public async Task HostileTitle_ShowsAsTextAndRunsNoScript()
    {
        browser.SkipUnlessAvailable();
        var path = Path.Combine(Support.Some.TempFolder(), "explorer.html");
        ExplorerPageWriter.Write(HostileGraph.Create(), path);
        var page = await browser.OpenAsync(path);

        await page.SearchAsync(HostileGraph.Title);
        var paperTitle = await page.DetailsTitleAsync();
        var paperDetails = await page.Page.InnerTextAsync("#pg-details");
        await page.ClickNodeAsync("method:evil");
        var methodDetails = await page.Page.InnerTextAsync("#pg-details");

        Assert.Equal(HostileGraph.Title, paperTitle);
        Assert.Contains(HostileGraph.EntityName, paperDetails);
        Assert.Contains(HostileGraph.Evidence, methodDetails);
        Assert.Empty(page.Dialogs);
        Assert.Equal(0, await page.Page.EvaluateAsync<int>("() => document.querySelectorAll('body img, body svg, body b, body i, #pg-details script').length"));
        Assert.Equal(0, await page.Page.EvaluateAsync<int>("() => document.querySelectorAll('#pg-details a[href]').length"));
        Assert.Empty(page.Errors);
    }

    [SkippableFact]
    public async Task EmptyGraph_LoadsAndReportsZeroCounts()
    {
        browser.SkipUnlessAvailable();
        var path = Path.Combine(Support.Some.TempFolder(), "explorer.html");
        ExplorerPageWriter.Write(KnowledgeGraph.Empty, path);

        var page = await browser.OpenAsync(path);

        Assert.Equal("0 nodes · 0 edges", await page.StatusAsync());
        Assert.Empty(page.Errors);
    }

    [SkippableFact]
    public async Task ClickOnEntity_ListsItsPaperByTitleWithALinkToThePapersPage()
    {
        browser.SkipUnlessAvailable();
        var paper = new GraphNode
        {
            Id = "paper:2510.01234", Label = NodeLabel.Paper, Name = "A Paper With A Page", Title = "A Paper With A Page",
            Url = "https://arxiv.org/abs/2510.01234", Abstract = "We propose GRPO-Lite.",
        };
        var method = new GraphNode { Id = "method:grpo-lite", Label = NodeLabel.Method, Name = "GRPO-Lite" };
        var edge = new GraphEdge { Source = paper.Id, Target = method.Id, Type = RelationType.Proposes, Papers = [paper.Id], Evidence = ["We propose GRPO-Lite."] };
        var path = Path.Combine(Support.Some.TempFolder(), "explorer.html");
        ExplorerPageWriter.Write(KnowledgeGraph.Create([paper, method], [edge]), path);
        var page = await browser.OpenAsync(path);

        await page.ClickNodeAsync(method.Id);

        var details = await page.Page.InnerTextAsync("#pg-details");
        Assert.Contains("A Paper With A Page", details);
        Assert.Equal(1, await page.Page.Locator("#pg-details a[href='https://arxiv.org/abs/2510.01234']").CountAsync());
        Assert.Equal("mark", await page.Page.EvaluateAsync<string>("() => { paperGraphExplorer.show('paper:2510.01234'); return document.querySelector('#pg-details .pg-abstract mark').localName; }"));
        Assert.All(page.Requests, url => Assert.StartsWith("file:", url));
    }
}
