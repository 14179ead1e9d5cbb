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

/// <summary>
/// A record that could not be read, and why. Written to <c>rejected.jsonl</c>.
/// <see cref="Raw"/> may be the start of the record only; <see cref="RawLength"/> is its full length.
/// </summary>
public sealed record Rejection(SourceLocation Source, string Reason, string Raw)
{
    public long RawLength { get; init; } = Raw.Length;
}

/// <summary>What a reader yields for each record: a paper, or the reason it was rejected.</summary>
public readonly record struct ReadResult(Paper? Paper, Rejection? Rejection)
{
    /// <summary>Raw text kept in a rejection, so a rejects file stays readable.</summary>
    public const int MaxRawLength = 10_000;

    public static ReadResult Of(Paper paper) => new(paper, null);

    public static ReadResult Reject(SourceLocation at, string reason, string raw) =>
        Reject(at, reason, raw, raw.Length);

    /// <summary>A rejection keeping at most <see cref="MaxRawLength"/> characters of <paramref name="raw"/>, whose full length is <paramref name="rawLength"/>.</summary>
    public static ReadResult Reject(SourceLocation at, string reason, string raw, long rawLength) =>
        new(null, new Rejection(at, reason, Clip(raw)) { RawLength = rawLength });

    // Never cut between the two halves of a surrogate pair: a lone half cannot be written as UTF-8.
    private static string Clip(string raw)
    {
        if (raw.Length <= MaxRawLength) return raw;
        var cut = char.IsHighSurrogate(raw[MaxRawLength - 1]) ? MaxRawLength - 1 : MaxRawLength;
        return raw[..cut];
    }
}
