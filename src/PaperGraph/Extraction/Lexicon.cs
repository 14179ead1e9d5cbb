using PaperGraph.Graph;

namespace PaperGraph.Extraction;

/// <summary>One known name: its label, canonical name and aliases.</summary>
public sealed record LexiconEntry(NodeLabel Label, string Name, IReadOnlyList<string> Aliases);

/// <summary>
/// Known names, read from tab-separated files: <c>label TAB name TAB alias|alias</c>, one per line,
/// '#' starts a comment. The shipped files (one per label) are embedded; users add their own with
/// <c>--lexicon FILE</c>.
/// </summary>
public sealed class Lexicon
{
    public IReadOnlyList<LexiconEntry> Entries { get; }

    private Lexicon(IReadOnlyList<LexiconEntry> entries) => Entries = entries;

    /// <summary>The shipped lexicons plus the given user files.</summary>
    public static Lexicon Load(IEnumerable<string> userFiles)
    {
        var entries = new List<LexiconEntry>();
        var assembly = typeof(Lexicon).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("PaperGraph.Lexicons.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"embedded lexicon {resource} is missing");
            using var reader = new StreamReader(stream);
            entries.AddRange(Parse(reader, resource));
        }
        foreach (var file in userFiles)
        {
            using var reader = new StreamReader(file);
            entries.AddRange(Parse(reader, file));
        }
        return new Lexicon(entries);
    }

    /// <summary>Parses one lexicon file; a malformed line is an error naming file and line.</summary>
    public static IEnumerable<LexiconEntry> Parse(TextReader reader, string sourceName)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cols = line.Split('\t');
            if (cols.Length < 2 || !NodeLabels.TryParse(cols[0].Trim(), out var label) || label == NodeLabel.Paper || cols[1].Trim().Length == 0)
                throw new InvalidDataException($"{sourceName}:{lineNumber}: expected 'Method|Model|Benchmark|Reward<TAB>name<TAB>aliases', got '{line}'");
            var aliases = cols.Length > 2
                ? cols[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [];
            yield return new LexiconEntry(label, cols[1].Trim(), aliases);
        }
    }
}
