using PaperGraph.Resolution;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// A list of entity names the relation rules treat specially, read from an embedded file: one
/// name a line, aliases after '|', '#' starts a comment. Names match a mention's name or aliases
/// after normalisation (case, hyphens, plural "s").
/// </summary>
internal sealed class TermList
{
    private readonly HashSet<string> _forms;

    private TermList(HashSet<string> forms) => _forms = forms;

    /// <summary>Methods used at inference time or naming a setting: never a TRAINED_WITH tail, never a reward's user.</summary>
    public static TermList InferenceTechniques { get; } = LoadShipped("inference-techniques.tsv");

    /// <summary>Reward names too generic to hand to the paper's subject by default ("reward model").</summary>
    public static TermList GenericRewards { get; } = LoadShipped("generic-rewards.tsv");

    /// <summary>True when any of a mention's normalised forms is on the list.</summary>
    public bool ContainsAny(IReadOnlyList<string> normalisedForms) => _forms.Overlaps(normalisedForms);

    public static TermList Parse(TextReader reader)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            foreach (var name in line.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                forms.Add(NameNormaliser.Normalise(name));
        }
        return new TermList(forms);
    }

    private static TermList LoadShipped(string fileName)
    {
        var resource = "PaperGraph.Relations." + fileName;
        using var stream = typeof(TermList).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
