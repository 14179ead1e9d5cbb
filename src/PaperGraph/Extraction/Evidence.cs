namespace PaperGraph.Extraction;

/// <summary>
/// Where a fact was read: the paper, the sentence, and the character span of the mention in the
/// abstract (or in the title, when <see cref="InTitle"/>).
/// </summary>
public sealed record Evidence(string PaperId, string Sentence, int Start, int Length)
{
    /// <summary>True when the span is in the paper's title rather than its abstract.</summary>
    public bool InTitle { get; init; }
}
