using PaperGraph.Ingest;

namespace PaperGraph.Pipeline;

/// <summary>What <see cref="BuildPipeline"/> reads and how.</summary>
public sealed record BuildOptions
{
    public required IReadOnlyList<string> Inputs { get; init; }
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>Stop at the first rejected record instead of skipping it.</summary>
    public bool Strict { get; init; }

    /// <summary>User lexicon files, added to the shipped ones.</summary>
    public IReadOnlyList<string> Lexicons { get; init; } = [];
}
