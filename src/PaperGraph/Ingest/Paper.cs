namespace PaperGraph.Ingest;

/// <summary>One input record: a paper's title and abstract, and what the source says about it.</summary>
public sealed record Paper
{
    /// <summary>Node id: <c>paper:</c> + the source id, or <c>paper:t-</c> + a hash of the normalised title.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Abstract { get; init; }
    public string? Url { get; init; }
    public int? Year { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Where the record came from: file path and 1-based line of its first line.</summary>
    public required SourceLocation Source { get; init; }
}

/// <summary>A file and a 1-based line in it.</summary>
public readonly record struct SourceLocation(string File, long Line)
{
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>A record that could not be read, and why. Written to <c>rejected.jsonl</c>.</summary>
public sealed record Rejection(SourceLocation Source, string Reason, string Raw);

/// <summary>What a reader yields for each record: a paper, or the reason it was rejected.</summary>
public readonly record struct ReadResult(Paper? Paper, Rejection? Rejection)
{
    public static ReadResult Of(Paper paper) => new(paper, null);
    public static ReadResult Reject(SourceLocation at, string reason, string raw) => new(null, new Rejection(at, reason, raw));
}
