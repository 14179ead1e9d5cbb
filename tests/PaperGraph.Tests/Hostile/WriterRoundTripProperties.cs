using System.Globalization;
using System.Text.Json;
using CsCheck;
using CsvHelper;
using PaperGraph.Export;
using PaperGraph.Graph;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Hostile;

/// <summary>
/// What the writers put in graph.json and the neo4j-admin bundle reads back, with System.Text.Json
/// and CsvHelper, to exactly the values written: quotes, delimiters, line ends, emoji, formula-like
/// cells and all. The one documented change: a ';' inside an array element becomes U+FF1B in the CSV.
/// </summary>
public sealed class WriterRoundTripProperties
{
    [Fact]
    public void GraphJson_AnyHostileGraph_ReadsBackToTheSameValues()
    {
        HostileGraphs.Graph.Sample(graph =>
        {
            var json = GraphJson.ToJson(graph);

            var back = GraphJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));

            Assert.Equal(Describe(graph), Describe(back));
        }, seed: HostileGraphs.Seed, iter: 200, threads: 1);
    }

    [Fact]
    public void GraphJson_AnyHostileGraph_IsPlainJsonWithTheExactStrings()
    {
        HostileGraphs.Graph.Sample(graph =>
        {
            using var doc = JsonDocument.Parse(GraphJson.ToJson(graph));

            var titles = doc.RootElement.GetProperty("nodes").EnumerateArray()
                .Where(n => n.TryGetProperty("title", out _)).Select(n => n.GetProperty("title").GetString());
            Assert.Equal(graph.Nodes.Where(n => n.Title is not null).Select(n => n.Title), titles);
        }, seed: HostileGraphs.Seed, iter: 100, threads: 1);
    }

    [Fact]
    public void ImportBundle_AnyHostileGraph_CsvReadsBackToTheSameValues()
    {
        HostileGraphs.Graph.Sample(graph =>
        {
            var dir = Some.TempFolder();

            var manifest = ImportBundleWriter.Write(graph, dir);

            var nodes = manifest.NodeFiles.SelectMany(f => ReadCsv(Path.Combine(dir, f))).ToList();
            Assert.Equal(graph.Nodes.Count, nodes.Count);
            foreach (var (node, row) in graph.Nodes.Zip(nodes))
            {
                Assert.Equal(node.Id, row["id"]);
                Assert.Equal(node.Label.ToString(), row[":LABEL"]);
                Assert.Equal(node.Name, row["name"]);
                if (node.Label == NodeLabel.Paper)
                {
                    Assert.Equal(node.Title, row["title"]);
                    Assert.Equal(node.Abstract, row["abstract"]);
                    Assert.Equal(node.Url ?? "", row["url"]);
                    Assert.Equal(node.Year?.ToString(CultureInfo.InvariantCulture) ?? "", row["year"]);
                    Assert.Equal(InBundle(node.Authors), ArrayField.Split(row["authors"]));
                }
                else
                {
                    Assert.Equal(InBundle(node.Aliases), ArrayField.Split(row["aliases"]));
                }
            }
            var edges = manifest.RelationshipFiles.SelectMany(f => ReadCsv(Path.Combine(dir, f))).ToList();
            var expected = graph.Edges.OrderBy(e => e.Type).ThenBy(e => LabelOf(graph, e.Source)).ThenBy(e => LabelOf(graph, e.Target)).ToList();
            Assert.Equal(expected.Count, edges.Count);
            foreach (var (edge, row) in expected.Zip(edges))
            {
                Assert.Equal([edge.Source, edge.Target, edge.Type.CypherName()], [row[":START_ID"], row[":END_ID"], row[":TYPE"]]);
                Assert.Equal(InBundle(edge.Papers), ArrayField.Split(row["papers"]));
                Assert.Equal(InBundle(edge.Evidence), ArrayField.Split(row["evidence"]));
            }
            Directory.Delete(dir, recursive: true);
        }, seed: HostileGraphs.Seed, iter: 60, threads: 1);
    }

    [Fact]
    public void ArrayField_AnyElements_KeepTheirCountAndTextExceptTheDelimiter()
    {
        HostileText.Elements(8).Sample(elements =>
        {
            var split = ArrayField.Split(ArrayField.Join(elements));

            Assert.Equal(elements.Length, split.Length);
            Assert.Equal(InBundle(elements), split);
            Assert.DoesNotContain(split, s => s.Contains(ImportBundleWriter.ArrayDelimiter));
        }, seed: HostileGraphs.Seed, iter: 500, threads: 1);
    }

    private static string[] InBundle(IEnumerable<string> values) =>
        values.Select(v => v.Replace(ImportBundleWriter.ArrayDelimiter, ArrayField.Substitute)).ToArray();

    private static NodeLabel LabelOf(KnowledgeGraph graph, string id) => graph.Nodes.First(n => n.Id == id).Label;

    /// <summary>Rows of a bundle CSV keyed by header name without its type (<c>id:ID(Paper)</c> -> <c>id</c>, <c>:START_ID(Method)</c> -> <c>:START_ID</c>).</summary>
    internal static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = (csv.HeaderRecord ?? []).Select(h => h.Split('(')[0]).Select(h => h.StartsWith(':') ? h : h.Split(':')[0]).ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            Assert.Equal(header.Length, csv.Parser.Count);
            rows.Add(header.Select((h, i) => (h, v: csv.Parser[i])).ToDictionary(p => p.h, p => p.v));
        }
        return rows;
    }

    private static string Describe(KnowledgeGraph graph) => JsonSerializer.Serialize(new
    {
        nodes = graph.Nodes.Select(n => new { n.Id, n.Label, n.Name, n.Aliases, n.Title, n.Abstract, n.Url, n.Year, n.Authors }),
        edges = graph.Edges.Select(e => new { e.Source, e.Target, e.Type, e.Papers, e.Evidence }),
    });
}
