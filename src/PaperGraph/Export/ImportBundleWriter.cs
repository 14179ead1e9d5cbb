using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
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
            var file = $"nodes_{group.Key}.csv";
            WriteCsv(Path.Combine(directory, file), csv => WriteNodes(csv, group.Key, group));
            nodeFiles.Add(file);
        }
        var relGroups = graph.Edges
            .GroupBy(e => (e.Type, From: labelOf[e.Source], To: labelOf[e.Target]))
            .OrderBy(g => g.Key.Type).ThenBy(g => g.Key.From).ThenBy(g => g.Key.To);
        foreach (var group in relGroups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = $"rels_{group.Key.Type.CypherName()}_{group.Key.From}_{group.Key.To}.csv";
            WriteCsv(Path.Combine(directory, file), csv => WriteEdges(csv, group.Key.From, group.Key.To, group));
            relFiles.Add(file);
        }
        var manifest = new BundleManifest(nodeFiles, relFiles);
        File.WriteAllText(Path.Combine(directory, "import.sh"), ImportScript.For(manifest), new UTF8Encoding(false));
        return manifest;
    }

    private static void WriteCsv(string path, Action<CsvWriter> write)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\n",
            // With NewLine "\n" CsvHelper would leave a field holding a lone "\r" unquoted, and a reader
            // would end the row there.
            ShouldQuote = args => ConfigurationFunctions.ShouldQuote(args) || args.Field.AsSpan().ContainsAny('\r', '\n'),
            // The bundle is for neo4j-admin, which must get exact values: no quote before "=", "+", "-", "@".
            InjectionOptions = InjectionOptions.None,
        });
        write(csv);
    }

    private static void WriteNodes(CsvWriter csv, NodeLabel label, IEnumerable<GraphNode> nodes)
    {
        string[] header = label == NodeLabel.Paper
            ? [$"id:ID({label})", ":LABEL", "name:string", "title:string", "abstract:string", "url:string", "year:int", "authors:string[]"]
            : [$"id:ID({label})", ":LABEL", "name:string", "aliases:string[]"];
        WriteRow(csv, header);
        foreach (var n in nodes)
        {
            if (label == NodeLabel.Paper)
            {
                WriteRow(csv, [n.Id, label.ToString(), n.Name, n.Title ?? "", n.Abstract ?? "", n.Url ?? "",
                    n.Year?.ToString(CultureInfo.InvariantCulture) ?? "", ArrayField.Join(n.Authors)]);
            }
            else
            {
                WriteRow(csv, [n.Id, label.ToString(), n.Name, ArrayField.Join(n.Aliases)]);
            }
        }
    }

    private static void WriteEdges(CsvWriter csv, NodeLabel from, NodeLabel to, IEnumerable<GraphEdge> edges)
    {
        WriteRow(csv, [$":START_ID({from})", $":END_ID({to})", ":TYPE", "papers:string[]", "evidence:string[]"]);
        foreach (var e in edges)
        {
            WriteRow(csv, [e.Source, e.Target, e.Type.CypherName(), ArrayField.Join(e.Papers), ArrayField.Join(e.Evidence)]);
        }
    }

    private static void WriteRow(CsvWriter csv, IEnumerable<string> fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }
        csv.NextRecord();
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

    public static string Join(IReadOnlyList<string> values) =>
        string.Join(ImportBundleWriter.ArrayDelimiter, values.Select(v => v.Replace(ImportBundleWriter.ArrayDelimiter, Substitute)));

    public static string[] Split(string field) =>
        field.Length == 0 ? [] : field.Split(ImportBundleWriter.ArrayDelimiter);
}
