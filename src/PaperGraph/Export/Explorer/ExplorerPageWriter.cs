using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PaperGraph.Graph;

namespace PaperGraph.Export.Explorer;

/// <summary>
/// Writes <c>explorer.html</c>: one self-contained page that draws the whole graph from disk, with no
/// server and no network. The page template, its scripts and the vendored cytoscape.js are embedded
/// resources inlined here; the graph goes in as graph.json, inside a JSON script block.
/// </summary>
public static partial class ExplorerPageWriter
{
    /// <summary>The page's scripts, in the order they must run.</summary>
    private static readonly string[] PageScripts = ["model.js", "view.js", "details.js", "controls.js", "main.js"];

    /// <summary>Writes the page for <paramref name="graph"/> to <paramref name="path"/> as UTF-8.</summary>
    public static void Write(KnowledgeGraph graph, string path)
    {
        using var file = File.Create(path);
        Write(file, LayoutJson(OverviewLayout.Compute(graph)), output => GraphJson.Write(graph, output));
    }

    /// <summary>
    /// Writes the page for the graph in <paramref name="graphJsonPath"/>: only the graph's shape is read,
    /// for its layout, and the file's bytes are copied into the page, so neither its text nor its
    /// evidence is ever held in memory.
    /// </summary>
    public static void WriteFromFile(string graphJsonPath, string path)
    {
        var layout = LayoutJson(OverviewLayout.Compute(GraphJson.ReadShape(graphJsonPath)));
        using var file = File.Create(path);
        Write(file, layout, output =>
        {
            using var graphJson = File.OpenRead(graphJsonPath);
            graphJson.CopyTo(output);
        });
    }

    /// <summary>The whole page as text.</summary>
    public static string Render(KnowledgeGraph graph)
    {
        using var buffer = new MemoryStream();
        Write(buffer, LayoutJson(OverviewLayout.Compute(graph)), output => GraphJson.Write(graph, output));
        return Utf8.GetString(buffer.ToArray());
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The template with its placeholders filled, streamed to <paramref name="output"/>; the graph's JSON comes from <paramref name="writeGraphJson"/>.</summary>
    private static void Write(Stream output, string layoutJson, Action<Stream> writeGraphJson)
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["STYLE"] = ExplorerResources.Read("page.css"),
            ["LAYOUT_JSON"] = layoutJson,
            ["LIBRARY"] = InlineScript(ExplorerResources.Read("cytoscape.min.js")),
            ["SCRIPT"] = InlineScript(string.Join("\n", PageScripts.Select(ExplorerResources.Read))),
        };
        var template = ExplorerResources.Read("page.html");
        using var text = new StreamWriter(output, Utf8, bufferSize: 1 << 16, leaveOpen: true);
        var at = 0;
        // One pass over the template only, so a placeholder-like text inside the inserted parts stays as it is.
        foreach (Match m in Placeholder().Matches(template))
        {
            text.Write(template.AsSpan(at, m.Index - at));
            at = m.Index + m.Length;
            if (m.Groups[1].Value == "GRAPH_JSON")
            {
                // GraphJson escapes <, > and & (and so "</script"), so its text is safe inside a script block.
                text.Flush();
                writeGraphJson(output);
            }
            else
            {
                text.Write(parts.TryGetValue(m.Groups[1].Value, out var part)
                    ? part
                    : throw new InvalidOperationException($"explorer template: unknown placeholder {m.Value}"));
            }
        }
        text.Write(template.AsSpan(at));
    }

    /// <summary>
    /// Makes code safe to put between script tags: the HTML parser ends a script at the first
    /// "&lt;/script" whatever the JavaScript means, and "&lt;!--" switches it into an escaped mode.
    /// </summary>
    internal static string InlineScript(string code) =>
        ScriptEnd().Replace(code, "<\\/$1").Replace("<!--", "<\\!--", StringComparison.Ordinal);

    private static string LayoutJson((double X, double Y)[] positions)
    {
        var sb = new StringBuilder(positions.Length * 14 + 2);
        sb.Append('[');
        for (var i = 0; i < positions.Length; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(positions[i].X.ToString("R", CultureInfo.InvariantCulture))
              .Append(',')
              .Append(positions[i].Y.ToString("R", CultureInfo.InvariantCulture));
        }
        return sb.Append(']').ToString();
    }

    [GeneratedRegex("</(script)", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptEnd();

    [GeneratedRegex(@"\{\{([A-Z_]+)\}\}")]
    private static partial Regex Placeholder();
}
