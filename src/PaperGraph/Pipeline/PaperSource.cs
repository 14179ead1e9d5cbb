using PaperGraph.Ingest;

namespace PaperGraph.Pipeline;

/// <summary>
/// The build's input as one stream of papers: every file in order, each record numbered, rejected
/// records kept (or thrown under <c>--strict</c>), papers outside the categories or the shard
/// counted and dropped. Not thread-safe: enumerate once, on one thread.
/// </summary>
internal sealed class PaperSource(BuildOptions options, CancellationToken cancellationToken)
{
    private readonly List<Rejection> _rejections = [];

    public IReadOnlyList<Rejection> Rejections => _rejections;
    public long PapersRead { get; private set; }
    public long FilteredOut { get; private set; }
    public long OtherShards { get; private set; }

    /// <summary>Share of the input bytes read so far, for progress.</summary>
    public double Fraction { get; private set; }

    public IEnumerable<(long Seq, Paper Paper)> Papers()
    {
        var shard = options.Shard ?? ShardSpec.Whole;
        var total = Math.Max(1L, options.Inputs.Sum(i => new FileInfo(i).Length));
        long before = 0;
        long seq = 0;
        foreach (var input in options.Inputs)
        {
            if (!File.Exists(input)) throw new FileNotFoundException($"{input}: no such file", input);
            var format = options.Format == InputFormat.Auto ? FormatDetector.Detect(input) : options.Format;
            var reader = FormatDetector.ReaderFor(format);
            using var stream = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            foreach (var result in reader.Read(stream, input, cancellationToken))
            {
                var at = seq++;
                Fraction = (before + stream.Position) / (double)total;
                if (result.Rejection is { } rejection)
                {
                    if (options.Strict) throw new InputRejectedException(rejection);
                    if (shard.HoldsRecord(at)) _rejections.Add(rejection);
                }
                else if (result.Paper is { } paper)
                {
                    // Shard first, so the shards' filtered counts add up to a whole build's.
                    if (!shard.HoldsPaper(paper.Id)) OtherShards++;
                    else if (!options.Categories.Keeps(paper)) FilteredOut++;
                    else
                    {
                        PapersRead++;
                        yield return (at, paper);
                    }
                }
            }
            before += stream.Length;
        }
        Fraction = 1;
    }
}
