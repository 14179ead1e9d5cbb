using System.Collections.Concurrent;

namespace PaperGraph.Export.Explorer;

/// <summary>The explorer's template, scripts and vendored library, embedded in PaperGraph.Core.</summary>
internal static class ExplorerResources
{
    private const string Prefix = "PaperGraph.Explorer.";
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The text of one embedded file, by its file name (e.g. <c>page.html</c>).</summary>
    public static string Read(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(ExplorerResources).Assembly.GetManifestResourceStream(Prefix + n)
            ?? throw new InvalidOperationException($"embedded explorer file missing: {Prefix + n}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
