using Microsoft.Playwright;
using PaperGraph.Graph;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Explorer;

/// <summary>
/// One headless Chromium (Debian's, driven by Playwright) and one build of the bundled sample,
/// shared by the browser tests of a class. Where Chromium is missing nothing is started and
/// <see cref="SkipUnlessAvailable"/> skips, or fails under PAPERGRAPH_REQUIRE_TOOLS=1.
/// </summary>
public sealed class ExplorerBrowser : IAsyncLifetime
{
    /// <summary>Playwright's own browser download cannot run here, so the tests use the system's.</summary>
    public static string ChromiumPath { get; } =
        Environment.GetEnvironmentVariable("PAPERGRAPH_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public string SeedFolder { get; } = Path.Combine(Some.TempFolder(), "seed");

    public KnowledgeGraph SeedGraph { get; private set; } = KnowledgeGraph.Empty;

    public string SeedPage => Path.Combine(SeedFolder, "explorer.html");

    public async Task InitializeAsync()
    {
        var run = await CliRun.Of("build", Some.SampleInput, "--out", SeedFolder);
        Assert.True(run.ExitCode == 0, "build of the sample failed: " + run.Error);
        SeedGraph = GraphJson.ReadFile(Path.Combine(SeedFolder, "graph.json"));
        if (!File.Exists(ChromiumPath)) return;
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    public void SkipUnlessAvailable() =>
        ExternalTool.SkipUnlessAvailable("chromium", browser is not null,
            $"no browser at {ChromiumPath} (apt-get install chromium, or set PAPERGRAPH_CHROMIUM)");

    /// <summary>Opens a page from disk at a fixed window size and waits until it reports itself drawn.</summary>
    public async Task<ExplorerPage> OpenAsync(string htmlPath)
    {
        var current = browser ?? throw new InvalidOperationException("call SkipUnlessAvailable first");
        var context = await current.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 850 },
        });
        var page = await context.NewPageAsync();
        var explorer = new ExplorerPage(page);
        await page.GotoAsync(new Uri(htmlPath).AbsoluteUri);
        await page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'");
        return explorer;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
    }
}
