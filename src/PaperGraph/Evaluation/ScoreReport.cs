namespace PaperGraph.Evaluation;

/// <summary>Precision, recall and F1 from true positives, false positives and false negatives.</summary>
public sealed record PrfScore(double Precision, double Recall, double F1, int Tp, int Fp, int Fn)
{
    public static PrfScore Of(int tp, int fp, int fn)
    {
        var p = tp + fp > 0 ? (double)tp / (tp + fp) : 0.0;
        var r = tp + fn > 0 ? (double)tp / (tp + fn) : 0.0;
        var f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new PrfScore(p, r, f, tp, fp, fn);
    }
}

/// <summary>
/// What <see cref="ExtractionScorer"/> measured, in score.py's shape: per label and per relation
/// type (keys as score.py writes them, "all" first), the proposes line and B-cubed identity.
/// Precision/recall/F1 only for <see cref="Proposes"/> and <see cref="IdentityB3"/>, as score.py reports them.
/// </summary>
public sealed record ScoreReport
{
    public required int Papers { get; init; }
    public required IReadOnlyList<string> PapersMissing { get; init; }
    public required IReadOnlyList<KeyValuePair<string, PrfScore>> Entities { get; init; }
    public required IReadOnlyList<KeyValuePair<string, PrfScore>> Relations { get; init; }
    public required PrfScore Proposes { get; init; }
    public required (double Precision, double Recall, double F1) IdentityB3 { get; init; }

    public PrfScore EntitiesAll => Entities[0].Value;
    public PrfScore RelationsAll => Relations[0].Value;
}
