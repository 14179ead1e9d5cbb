using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>
/// The rows of the neo4j-admin bundle's files: headers, one row per node or edge, file names. Both
/// the in-memory <see cref="ImportBundleWriter"/> and the streaming <see cref="StreamingGraphWriter"/>
/// write through these, so the two give the same bytes for the same graph.
/// </summary>
internal static class BundleRows
{
    public static string NodeFile(NodeLabel label) => $"nodes_{label}.csv";

    public static string RelationshipFile(RelationType type, NodeLabel from, NodeLabel to) => $"rels_{type.CypherName()}_{from}_{to}.csv";

    public static CsvWriter OpenCsv(string path) => OpenCsv(new StreamWriter(path, append: false, FileEncoding, bufferSize: 1 << 16));

    /// <summary>The bundle's encoding: UTF-8 without a byte-order mark.</summary>
    public static readonly UTF8Encoding FileEncoding = new(false);

    /// <summary>A file for rows already encoded (<see cref="FileEncoding"/>), appended as bytes.</summary>
    public static FileStream OpenBytes(string path) =>
        new(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);

    /// <summary>The CSV that <paramref name="write"/> writes, as bytes for a file opened with <see cref="OpenBytes"/>.</summary>
    public static byte[] RenderBytes(Action<CsvWriter> write)
    {
        var text = new StringWriter();
        using (var csv = OpenCsv(text)) write(csv);
        return FileEncoding.GetBytes(text.ToString());
    }

    /// <summary>A CSV writer with the bundle's settings over <paramref name="writer"/>, which it disposes.</summary>
    public static CsvWriter OpenCsv(TextWriter writer)
    {
        return new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\n",
            // With NewLine "\n" CsvHelper would leave a field holding a lone "\r" unquoted, and a reader
            // would end the row there.
            ShouldQuote = args => ConfigurationFunctions.ShouldQuote(args) || args.Field.AsSpan().ContainsAny('\r', '\n'),
            // The bundle is for neo4j-admin, which must get exact values: no quote before "=", "+", "-", "@".
            InjectionOptions = InjectionOptions.None,
        });
    }

    public static void WriteNodeHeader(CsvWriter csv, NodeLabel label) => WriteRow(csv, label == NodeLabel.Paper
        ? [$"id:ID({label})", ":LABEL", "name:string", "title:string", "abstract:string", "url:string", "year:int", "authors:string[]"]
        : [$"id:ID({label})", ":LABEL", "name:string", "aliases:string[]"]);

    public static void WriteNode(CsvWriter csv, GraphNode n)
    {
        if (n.Label == NodeLabel.Paper)
        {
            WriteRow(csv, [n.Id, n.Label.ToString(), n.Name, n.Title ?? "", n.Abstract ?? "", n.Url ?? "",
                n.Year?.ToString(CultureInfo.InvariantCulture) ?? "", ArrayField.Join(n.Authors)]);
        }
        else
        {
            WriteRow(csv, [n.Id, n.Label.ToString(), n.Name, ArrayField.Join(n.Aliases)]);
        }
    }

    public static void WriteEdgeHeader(CsvWriter csv, NodeLabel from, NodeLabel to) =>
        WriteRow(csv, [$":START_ID({from})", $":END_ID({to})", ":TYPE", "papers:string[]", "evidence:string[]"]);

    public static void WriteEdge(CsvWriter csv, GraphEdge e) =>
        WriteRow(csv, [e.Source, e.Target, e.Type.CypherName(), ArrayField.Join(e.Papers), ArrayField.Join(e.Evidence)]);

    public static void WriteImportScript(string directory, BundleManifest manifest) =>
        File.WriteAllText(Path.Combine(directory, "import.sh"), ImportScript.For(manifest), new UTF8Encoding(false));

    private static void WriteRow(CsvWriter csv, string[] fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }
        csv.NextRecord();
    }
}
