namespace PaperGraph.Extraction;

/// <summary>Where a fact was read: the paper, the sentence, and the character span of the mention in the abstract.</summary>
public sealed record Evidence(string PaperId, string Sentence, int Start, int Length);
