using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>
/// Writes the neo4j-admin import bundle: one CSV per node label (<c>nodes_Method.csv</c>) and one per
/// relationship type and endpoint labels (<c>rels_USES_REWARD_Method_Reward.csv</c>: each label is its
/// own id space, so a file has one start and one end label), plus <c>import.sh</c> with the command.
/// </summary>
public static class ImportBundleWriter
{
    /// <summary>neo4j-admin's array delimiter. It has no escape, so see <see cref="ArrayField"/>.</summary>
    public const char ArrayDelimiter = ';';

    /// <summary>Writes the bundle into <paramref name="directory"/> and returns the files written, in order.</summary>
    public static BundleManifest Write(KnowledgeGraph graph, string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var nodeFiles = new List<string>();
        var relFiles = new List<string>();
        var labelOf = graph.Nodes.ToDictionary(n => n.Id, n => n.Label, StringComparer.Ordinal);

        foreach (var group in graph.Nodes.GroupBy(n => n.Label).OrderBy(g => g.Key))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = BundleRows.NodeFile(group.Key);
            using var csv = BundleRows.OpenCsv(Path.Combine(directory, file));
            BundleRows.WriteNodeHeader(csv, group.Key);
            foreach (var node in group) BundleRows.WriteNode(csv, node);
            nodeFiles.Add(file);
        }
        var relGroups = graph.Edges
            .GroupBy(e => (e.Type, From: labelOf[e.Source], To: labelOf[e.Target]))
            .OrderBy(g => g.Key.Type).ThenBy(g => g.Key.From).ThenBy(g => g.Key.To);
        foreach (var group in relGroups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = BundleRows.RelationshipFile(group.Key.Type, group.Key.From, group.Key.To);
            using var csv = BundleRows.OpenCsv(Path.Combine(directory, file));
            BundleRows.WriteEdgeHeader(csv, group.Key.From, group.Key.To);
            foreach (var edge in group) BundleRows.WriteEdge(csv, edge);
            relFiles.Add(file);
        }
        var manifest = new BundleManifest(nodeFiles, relFiles);
        BundleRows.WriteImportScript(directory, manifest);
        return manifest;
    }
}

/// <summary>The files of a bundle, relative to its folder.</summary>
public sealed record BundleManifest(IReadOnlyList<string> NodeFiles, IReadOnlyList<string> RelationshipFiles);

/// <summary>
/// neo4j-admin splits array fields on the delimiter and has no escape for it, so a ';' inside an
/// element would split it in two. Such a ';' is written as U+FF1B FULLWIDTH SEMICOLON; graph.json
/// keeps the original text.
/// </summary>
public static class ArrayField
{
    public const char Substitute = '\uFF1B';

    public static string Join(IReadOnlyList<string> values)
    {
        // Most edges of a streaming build have one paper and one sentence: no joining, and Replace
        // returns the string itself when it holds no delimiter.
        if (values.Count == 1) return values[0].Replace(ImportBundleWriter.ArrayDelimiter, Substitute);
        var escaped = new string[values.Count];
        for (var i = 0; i < escaped.Length; i++) escaped[i] = values[i].Replace(ImportBundleWriter.ArrayDelimiter, Substitute);
        return string.Join(ImportBundleWriter.ArrayDelimiter, escaped);
    }

    public static string[] Split(string field) =>
        field.Length == 0 ? [] : field.Split(ImportBundleWriter.ArrayDelimiter);
}
