using System.Globalization;
using System.Text.Json;
using PaperGraph.Export;
using PaperGraph.Pipeline.Spool;

namespace PaperGraph.Pipeline;

/// <summary>
/// Combines the outputs of a sharded build (<c>build --shard i/N</c>, one folder per shard) into one
/// graph: resolution runs again over every shard's spooled extractions, so an entity seen in several
/// shards becomes one node, and the result is the graph one whole build would have made.
/// </summary>
public static class ShardMerge
{
    private const string ManifestFile = "shard.json";

    /// <summary>Merges <paramref name="shardDirs"/> into <paramref name="outDir"/>; throws <see cref="InvalidDataException"/> naming the folder when the shards do not fit together.</summary>
    public static MergeResult Run(
        IReadOnlyList<string> shardDirs, string outDir, int parallelism,
        Action<BuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var shards = shardDirs.Select(dir => (Dir: dir, Manifest: ReadManifest(dir))).ToList();
        Check(shards);
        var runs = shards.SelectMany(s => RunsOf(s.Dir, s.Manifest)).ToArray();
        var expected = shards.Sum(s => s.Manifest.Papers);
        var assembly = new SpoolAssembler(Math.Max(1, parallelism), BuildOptions.DefaultEdgesInMemory, TimeProvider.System, progress, cancellationToken).Assemble(runs, outDir, expected);
        var rejected = CopyRejections(shards.OrderBy(s => s.Manifest.Shard).Select(s => s.Dir), Path.Combine(outDir, "rejected.jsonl"));
        return new MergeResult(assembly.Counts, assembly.Papers, assembly.Duplicates, rejected);
    }

    /// <summary>A shard's spool runs; a shard that spooled papers but has no runs was damaged or written by another version.</summary>
    private static string[] RunsOf(string dir, ShardManifest manifest)
    {
        var runs = Directory.GetFiles(Path.Combine(dir, BuildPipeline.SpoolFolder), "run-*" + SpoolRunWriter.RunExtension).Order(StringComparer.Ordinal).ToArray();
        if (runs.Length == 0 && manifest.Papers > 0)
            throw new InvalidDataException($"{dir}: {BuildPipeline.SpoolFolder}/{ManifestFile} counts {manifest.Papers} papers but there are no spool runs (*{SpoolRunWriter.RunExtension}); the spool was removed, or written by another PaperGraph version: build the shard again");
        return runs;
    }

    internal static void WriteManifest(string spoolDir, ShardManifest manifest)
    {
        Directory.CreateDirectory(spoolDir);
        File.WriteAllBytes(Path.Combine(spoolDir, ManifestFile), JsonSerializer.SerializeToUtf8Bytes(manifest, SpoolJson.Default.ShardManifest));
    }

    /// <summary>Each input's file name and size: enough to catch shards built from different inputs.</summary>
    internal static IReadOnlyList<string> Fingerprint(IReadOnlyList<string> inputs) =>
        inputs.Select(i => string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(i)}:{new FileInfo(i).Length}")).ToArray();

    private static ShardManifest ReadManifest(string dir)
    {
        var path = Path.Combine(dir, BuildPipeline.SpoolFolder, ManifestFile);
        if (!File.Exists(path))
            throw new InvalidDataException($"{dir}: no {BuildPipeline.SpoolFolder}/{ManifestFile}; merge takes the output folders of 'build --shard i/N'");
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(path), SpoolJson.Default.ShardManifest)
                ?? throw new InvalidDataException($"{path}: empty shard manifest");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not a shard manifest ({ex.Message})", ex);
        }
    }

    private static void Check(List<(string Dir, ShardManifest Manifest)> shards)
    {
        if (shards.Count == 0) throw new InvalidDataException("merge needs at least one shard folder");
        var first = shards[0];
        foreach (var (dir, m) in shards)
        {
            if (m.Of != first.Manifest.Of)
                throw new InvalidDataException($"{dir}: shard {m.Shard}/{m.Of}, but {first.Dir} is shard {first.Manifest.Shard}/{first.Manifest.Of}");
            if (!m.Inputs.SequenceEqual(first.Manifest.Inputs))
                throw new InvalidDataException($"{dir}: built from {string.Join(", ", m.Inputs)}, but {first.Dir} from {string.Join(", ", first.Manifest.Inputs)}");
        }
        var twice = shards.GroupBy(s => s.Manifest.Shard).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new InvalidDataException($"shard {twice.Key}/{first.Manifest.Of} given twice: {string.Join(", ", twice.Select(s => s.Dir))}");
        var missing = Enumerable.Range(1, first.Manifest.Of).Except(shards.Select(s => s.Manifest.Shard)).ToArray();
        if (missing.Length > 0)
            throw new InvalidDataException($"shards missing (of {first.Manifest.Of}): {string.Join(", ", missing)}; merging without them would drop their papers");
    }

    private static long CopyRejections(IEnumerable<string> shardDirs, string path)
    {
        long count = 0;
        using var output = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        foreach (var dir in shardDirs)
        {
            var file = Path.Combine(dir, "rejected.jsonl");
            if (!File.Exists(file)) continue;
            foreach (var line in File.ReadLines(file))
            {
                output.Write(line);
                output.Write('\n');
                count++;
            }
        }
        return count;
    }
}

/// <summary>What a merge wrote: the graph's counts, papers, duplicate ids dropped, rejections carried over from the shards.</summary>
public sealed record MergeResult(GraphCounts Counts, long Papers, long DuplicatePapers, long Rejected);
