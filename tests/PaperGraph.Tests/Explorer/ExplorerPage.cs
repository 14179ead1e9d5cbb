using Microsoft.Playwright;

namespace PaperGraph.Tests.Explorer;

/// <summary>
/// A loaded explorer.html and what happened while it ran: the requests it made, the dialogs it
/// opened and the script errors it raised. Clicks are real mouse events on the canvas.
/// </summary>
public sealed class ExplorerPage
{
    public ExplorerPage(IPage page)
    {
        Page = page;
        page.Request += (_, request) => Requests.Add(request.Url);
        page.Dialog += (_, dialog) =>
        {
            Dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        page.PageError += (_, error) => Errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error") Errors.Add(message.Text);
        };
    }

    public IPage Page { get; }
    public List<string> Requests { get; } = [];
    public List<string> Dialogs { get; } = [];
    public List<string> Errors { get; } = [];

    public Task<string> StatusAsync() => Page.InnerTextAsync("#pg-status");

    public Task<string> DetailsTitleAsync() => Page.InnerTextAsync("#pg-details h3");

    public async Task SearchAsync(string text)
    {
        await Page.FillAsync("#pg-search", text);
        await Page.PressAsync("#pg-search", "Enter");
    }

    /// <summary>
    /// The nodes whose computed style is displayed. pstyle() brings an element's style up to date
    /// first; the ":visible" selector may answer from a cache that lags until the next frame.
    /// </summary>
    public Task<string[]> VisibleNodeIdsAsync() =>
        Page.EvaluateAsync<string[]>("() => paperGraphExplorer.cy.nodes().filter(n => n.pstyle('display').value !== 'none').map(n => n.id()).sort()");

    public Task<string?> FocusRootAsync() =>
        Page.EvaluateAsync<string?>("() => paperGraphExplorer.state.focus ? paperGraphExplorer.state.focus.root : null");

    /// <summary>Centres the view on a node, zoomed in so nothing overlaps it, and returns its point on the page.</summary>
    public async Task<(float X, float Y)> PointAtAsync(string nodeId)
    {
        var point = await Page.EvaluateAsync<float[]>(@"id => {
            const cy = paperGraphExplorer.cy;
            const node = cy.getElementById(id);
            cy.zoom(3);
            cy.center(node);
            const p = node.renderedPosition();
            const box = cy.container().getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }", nodeId);
        return (point[0], point[1]);
    }

    public async Task ClickNodeAsync(string nodeId)
    {
        var (x, y) = await PointAtAsync(nodeId);
        await Page.Mouse.ClickAsync(x, y);
    }

    public async Task DoubleClickNodeAsync(string nodeId)
    {
        var (x, y) = await PointAtAsync(nodeId);
        await Page.Mouse.DblClickAsync(x, y);
    }
}
