using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using PaperGraph.Export;
using PaperGraph.Graph;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Export;

/// <summary>Checks a built bundle the way neo4j-admin would read it.</summary>
public sealed partial class ImportBundleTests
{
    [Fact]
    public async Task Bundle_OfSample_IsWhatNeo4jAdminAccepts()
    {
        var outDir = Path.Combine(Some.TempFolder(), "graph");
        Assert.Equal(0, (await CliRun.Of("build", Some.SampleInput, "--out", outDir)).ExitCode);
        var graph = GraphJson.ReadFile(Path.Combine(outDir, "graph.json"));

        var idsBySpace = new Dictionary<string, HashSet<string>>();
        var nodeRows = 0;
        foreach (var file in Directory.GetFiles(outDir, "nodes_*.csv"))
        {
            var (header, rows) = ReadCsv(file);
            var space = IdSpace().Match(header[0]) is { Success: true } m ? m.Groups[1].Value : throw new Xunit.Sdk.XunitException($"{file}: first column {header[0]} is not id:ID(Label)");
            Assert.Equal(":LABEL", header[1]);
            var ids = idsBySpace.TryGetValue(space, out var set) ? set : idsBySpace[space] = [];
            foreach (var row in rows)
            {
                Assert.True(ids.Add(row[0]), $"{file}: id {row[0]} appears twice in id space {space}");
                Assert.Equal(space, row[1]);
                AssertTypedValuesParse(file, header, row);
                nodeRows++;
            }
        }

        var relRows = 0;
        foreach (var file in Directory.GetFiles(outDir, "rels_*.csv"))
        {
            var (header, rows) = ReadCsv(file);
            var start = StartSpace().Match(header[0]).Groups[1].Value;
            var end = EndSpace().Match(header[1]).Groups[1].Value;
            Assert.Equal(":TYPE", header[2]);
            foreach (var row in rows)
            {
                Assert.Contains(row[0], idsBySpace[start]);
                Assert.Contains(row[1], idsBySpace[end]);
                Assert.True(RelationTypes.TryParse(row[2], out var type), $"{file}: unknown type {row[2]}");
                Assert.True(type.Allows(Enum.Parse<NodeLabel>(start), Enum.Parse<NodeLabel>(end)), $"{file}: {row[2]} from {start} to {end}");
                relRows++;
            }
        }

        Assert.Equal(graph.Nodes.Count, nodeRows);
        Assert.Equal(graph.Edges.Count, relRows);
        Assert.Equal(5, idsBySpace.Count);
    }

    [Fact]
    public async Task ImportScript_NamesEveryCsvFileOfTheBundle()
    {
        var outDir = Path.Combine(Some.TempFolder(), "graph");
        Assert.Equal(0, (await CliRun.Of("build", Some.SampleInput, "--out", outDir)).ExitCode);

        var script = File.ReadAllText(Path.Combine(outDir, "import.sh"));

        Assert.Contains("database import full neo4j", script);
        foreach (var file in Directory.GetFiles(outDir, "*.csv").Select(Path.GetFileName))
        {
            var flag = file is not null && file.StartsWith("nodes_", StringComparison.Ordinal) ? "--nodes" : "--relationships";
            Assert.Contains($"{flag}=\"$BUNDLE/{file}\"", script);
        }
    }

    [Fact]
    public void ArrayField_SemicolonInsideElement_DoesNotSplitIt()
    {
        string[] values = ["a;b", "c"];

        var read = ArrayField.Split(ArrayField.Join(values));

        Assert.Equal(2, read.Length);
        Assert.Equal("c", read[1]);
    }

    private static void AssertTypedValuesParse(string file, string[] header, string[] row)
    {
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i].EndsWith(":int", StringComparison.Ordinal) && row[i].Length > 0)
                Assert.True(int.TryParse(row[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out _), $"{file}: {header[i]} = '{row[i]}' is not an int");
        }
    }

    private static (string[] Header, List<string[]> Rows) ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var header = csv.Read() ? csv.Record ?? [] : [];
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Record ?? []);
        }
        return (header, rows);
    }

    [GeneratedRegex(@"^id:ID\((\w+)\)$")]
    private static partial Regex IdSpace();

    [GeneratedRegex(@"^:START_ID\((\w+)\)$")]
    private static partial Regex StartSpace();

    [GeneratedRegex(@"^:END_ID\((\w+)\)$")]
    private static partial Regex EndSpace();
}
