using PaperGraph.Resolution;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// Methods used at inference time or naming a setting (chain-of-thought, self-consistency,
/// few-shot learning), read from the embedded <c>inference-techniques.tsv</c>: never the method a
/// model was trained with, never the user of a reward.
/// </summary>
internal sealed class InferenceTechniques
{
    private const string ResourceName = "PaperGraph.Relations.inference-techniques.tsv";
    private readonly HashSet<string> _forms;

    private InferenceTechniques(HashSet<string> forms) => _forms = forms;

    public static InferenceTechniques Shipped { get; } = LoadShipped();

    public bool Contains(Mention mention) =>
        _forms.Contains(NameNormaliser.Normalise(mention.Name)) || mention.Aliases.Any(a => _forms.Contains(NameNormaliser.Normalise(a)));

    public static InferenceTechniques Parse(TextReader reader)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            foreach (var name in line.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                forms.Add(NameNormaliser.Normalise(name));
        }
        return new InferenceTechniques(forms);
    }

    private static InferenceTechniques LoadShipped()
    {
        using var stream = typeof(InferenceTechniques).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
