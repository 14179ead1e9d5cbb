using PaperGraph.Graph;
using PaperGraph.Resolution;

namespace PaperGraph.Extraction.Relations;

/// <summary>One relation that holds by definition: any head form, any tail form (normalised).</summary>
internal sealed record StandardFact(NodeLabel HeadLabel, HashSet<string> HeadForms, RelationType Type, NodeLabel TailLabel, string TailName, HashSet<string> TailForms);

/// <summary>
/// Relations that hold wherever both ends are named (RLVR uses verifiable rewards), read from the
/// embedded <c>standard-relations.tsv</c>. A fact applies to a paper only when the paper names both ends.
/// </summary>
internal sealed class StandardRelations
{
    private const string ResourceName = "PaperGraph.Relations.standard-relations.tsv";

    private StandardRelations(IReadOnlyList<StandardFact> facts) => Facts = facts;

    public IReadOnlyList<StandardFact> Facts { get; }

    public static StandardRelations Shipped { get; } = LoadShipped();

    public void Apply(RelationContext context, RelationSet found)
    {
        foreach (var fact in Facts)
        {
            foreach (var head in context.Mentions.Where(m => m.Label == fact.HeadLabel && NamesHead(fact, context.FormsOf(m))))
            {
                foreach (var tail in context.Mentions.Where(m => m.Label == fact.TailLabel && fact.TailForms.Overlaps(context.FormsOf(m))))
                {
                    found.Add(head, fact.Type, tail, head.Evidence);
                }
            }
        }
    }

    /// <summary>
    /// True when the forms name the fact's head, or, for a reward paradigm, a variant of it: "Agent-RLVR",
    /// "Safe RLHF", a method with the paradigm's name as one word of its own, is trained with the same reward.
    /// </summary>
    private static bool NamesHead(StandardFact fact, IReadOnlyList<string> forms)
    {
        if (fact.HeadForms.Overlaps(forms)) return true;
        if (fact.Type != RelationType.UsesReward) return false;
        foreach (var form in forms)
        {
            if (form.Contains(' ', StringComparison.Ordinal) && form.Split(' ').Any(fact.HeadForms.Contains)) return true;
        }
        return false;
    }

    /// <summary>
    /// The paradigms named after their reward, each with the reward it states: "RLHF" says "human
    /// feedback" whether or not the abstract spells it out.
    /// </summary>
    public IEnumerable<StandardFact> RewardParadigms => Facts.Where(f => f.Type == RelationType.UsesReward);

    /// <summary>True for a paradigm named after its reward (the head of a standard USES_REWARD fact: RLVR, RLHF, RLAIF).</summary>
    public bool IsRewardParadigm(NodeLabel label, IReadOnlyList<string> normalisedForms) =>
        Facts.Any(f => f.Type == RelationType.UsesReward && f.HeadLabel == label && f.HeadForms.Overlaps(normalisedForms));

    /// <summary>Parses the facts file; a malformed line is an error naming the source and line.</summary>
    public static StandardRelations Parse(TextReader reader, string sourceName)
    {
        var facts = new List<StandardFact>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cols = line.Split('\t');
            if (cols.Length != 5
                || !NodeLabels.TryParse(cols[0], out var headLabel) || !RelationTypes.TryParse(cols[2], out var type)
                || !NodeLabels.TryParse(cols[3], out var tailLabel) || type.IsPaperLink() || !type.Allows(headLabel, tailLabel))
            {
                throw new InvalidDataException($"{sourceName}:{lineNumber}: expected 'head label<TAB>names<TAB>RELATION_TYPE<TAB>tail label<TAB>names' with a relation the schema allows, got '{line}'");
            }
            var tailName = cols[4].Split('|', StringSplitOptions.TrimEntries)[0];
            facts.Add(new StandardFact(headLabel, Forms(cols[1]), type, tailLabel, tailName, Forms(cols[4])));
        }
        return new StandardRelations(facts);
    }

    private static HashSet<string> Forms(string names) =>
        names.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(NameNormaliser.Normalise).ToHashSet(StringComparer.Ordinal);

    private static StandardRelations LoadShipped()
    {
        using var stream = typeof(StandardRelations).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader, ResourceName);
    }
}
