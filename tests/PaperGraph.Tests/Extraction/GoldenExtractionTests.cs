using System.Text;
using PaperGraph.Extraction;
using PaperGraph.Tests.Support;
using static PaperGraph.Tests.Extraction.ExtractionSamples;

namespace PaperGraph.Tests.Extraction;

/// <summary>
/// Pins the whole extraction of a few abstracts: Golden/NAME.txt (title line, abstract line) in,
/// Golden/NAME.expected.txt out, compared as text. After a deliberate change, regenerate with
/// PAPERGRAPH_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public sealed class GoldenExtractionTests
{
    private static readonly string Folder = Path.Combine(Some.RepoRoot, "tests", "PaperGraph.Tests", "Extraction", "Golden");

    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.txt").Where(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Extract_GoldenAbstract_GivesTheExpectedMentions(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, name + ".txt"));
        var extraction = Extract(lines[0], string.Join("\n", lines[1..]), "paper:" + name);

        var actual = Render(extraction);

        var expectedPath = Path.Combine(Folder, name + ".expected.txt");
        if (Environment.GetEnvironmentVariable("PAPERGRAPH_UPDATE_GOLDEN") == "1") File.WriteAllText(expectedPath, actual);
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    /// <summary>One line per mention (label, name, role, aliases, long form, where), then the untyped candidates.</summary>
    private static string Render(PaperExtraction extraction)
    {
        var sb = new StringBuilder();
        foreach (var m in extraction.Mentions)
        {
            var at = (m.Evidence.InTitle ? "title@" : "@") + m.Evidence.Start + "+" + m.Evidence.Length;
            sb.Append(m.Label).Append('\t').Append(m.Name).Append('\t').Append(m.Role).Append('\t')
                .Append(string.Join('|', m.Aliases)).Append('\t').Append(m.LongForm ?? "-").Append('\t').Append(at).Append('\n');
        }
        foreach (var c in extraction.Candidates.Select(c => c.Surface).Distinct().Order(StringComparer.Ordinal))
            sb.Append("candidate\t").Append(c).Append('\n');
        return sb.ToString();
    }
}
