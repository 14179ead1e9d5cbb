using System.Text.Json.Serialization;
using PaperGraph.Extraction;

namespace PaperGraph.Pipeline.Spool;

/// <summary>
/// One paper's extraction as spooled to disk between the passes, with its place in the input.
/// <see cref="Seq"/> counts every input record (read, rejected or filtered) across all input
/// files, so that each shard of a sharded build gives a paper the same number as a whole build.
/// </summary>
internal sealed record SpoolRecord(long Seq, PaperExtraction Extraction) : ISpooled
{
    public string PaperId => Extraction.Paper.Id;
}

/// <summary>
/// A spooled paper as resolution's first pass reads it: the paper's id and its mentions' names.
/// <see cref="SpoolCodec.DecodeNames"/> reads only these, the start of each record, and skips the
/// rest (evidence sentences, the abstract, relations), which is most of it.
/// </summary>
internal sealed record SpoolNames(long Seq, string PaperId, IReadOnlyList<Resolution.MentionName> Mentions) : ISpooled;

/// <summary>What the spool is sorted by: the paper's id, then its place in the input.</summary>
internal interface ISpooled
{
    string PaperId { get; }
    long Seq { get; }
}

/// <summary>The spool's one order, for sorting a run and merging runs alike.</summary>
internal static class SpoolOrder
{
    /// <summary>By paper id (ordinal), then input order. Generic, so a struct record is compared unboxed.</summary>
    public static int Compare<T>(T a, T b) where T : ISpooled
    {
        var byId = string.CompareOrdinal(a.PaperId, b.PaperId);
        return byId != 0 ? byId : a.Seq.CompareTo(b.Seq);
    }
}

/// <summary>The JSON of <c>spool/shard.json</c>.</summary>
[JsonSerializable(typeof(ShardManifest))]
internal sealed partial class SpoolJson : JsonSerializerContext;

/// <summary>
/// What <c>spool/shard.json</c> says: which shard of how many wrote this spool, how many papers it
/// spooled, and the inputs it read (file name and size), so a merge can refuse shards of different inputs.
/// </summary>
internal sealed record ShardManifest(int Shard, int Of, long Papers, IReadOnlyList<string> Inputs);
