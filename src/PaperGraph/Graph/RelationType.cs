namespace PaperGraph.Graph;

/// <summary>The relationship types of the schema (SCHEMA.md).</summary>
public enum RelationType
{
    Proposes,
    EvaluatesOn,
    Mentions,
    UsesReward,
    TrainedWith,
    EvaluatedOn,
    Extends,
    Outperforms,
}

/// <summary>Names and endpoint rules of the relationship types.</summary>
public static class RelationTypes
{
    /// <summary>Every type, in schema order.</summary>
    public static IReadOnlyList<RelationType> All { get; } = Enum.GetValues<RelationType>();

    /// <summary>The Neo4j relationship type name, e.g. <c>USES_REWARD</c>.</summary>
    public static string CypherName(this RelationType type) => type switch
    {
        RelationType.Proposes => "PROPOSES",
        RelationType.EvaluatesOn => "EVALUATES_ON",
        RelationType.Mentions => "MENTIONS",
        RelationType.UsesReward => "USES_REWARD",
        RelationType.TrainedWith => "TRAINED_WITH",
        RelationType.EvaluatedOn => "EVALUATED_ON",
        RelationType.Extends => "EXTENDS",
        RelationType.Outperforms => "OUTPERFORMS",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Parses a Neo4j type name such as <c>USES_REWARD</c>.</summary>
    public static bool TryParse(string name, out RelationType type)
    {
        foreach (var candidate in All)
        {
            if (candidate.CypherName() == name)
            {
                type = candidate;
                return true;
            }
        }
        type = default;
        return false;
    }

    /// <summary>True for the three Paper-to-entity types.</summary>
    public static bool IsPaperLink(this RelationType type) =>
        type is RelationType.Proposes or RelationType.EvaluatesOn or RelationType.Mentions;

    /// <summary>Whether the schema allows an edge of this type between these labels.</summary>
    public static bool Allows(this RelationType type, NodeLabel from, NodeLabel to) => type switch
    {
        RelationType.Proposes or RelationType.Mentions => from == NodeLabel.Paper && to != NodeLabel.Paper,
        RelationType.EvaluatesOn => from == NodeLabel.Paper && to == NodeLabel.Benchmark,
        RelationType.UsesReward => from is NodeLabel.Method or NodeLabel.Model && to == NodeLabel.Reward,
        RelationType.TrainedWith => from == NodeLabel.Model && to == NodeLabel.Method,
        RelationType.EvaluatedOn => from is NodeLabel.Method or NodeLabel.Model && to == NodeLabel.Benchmark,
        RelationType.Extends => from == to && from is NodeLabel.Method or NodeLabel.Model,
        RelationType.Outperforms => from is NodeLabel.Method or NodeLabel.Model && to is NodeLabel.Method or NodeLabel.Model,
        _ => false,
    };
}
