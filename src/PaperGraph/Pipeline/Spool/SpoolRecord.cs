using System.Text.Json.Serialization;
using PaperGraph.Extraction;

namespace PaperGraph.Pipeline.Spool;

/// <summary>
/// One paper's extraction as spooled to disk between the passes, with its place in the input.
/// <see cref="Seq"/> counts every input record (read, rejected or filtered) across all input
/// files, so that each shard of a sharded build gives a paper the same number as a whole build.
/// </summary>
internal sealed record SpoolRecord(long Seq, PaperExtraction Extraction)
{
    public string PaperId => Extraction.Paper.Id;
}

/// <summary>
/// A spooled paper as resolution's first pass reads it: the paper's id and its mentions' names.
/// The same JSON as <see cref="SpoolRecord"/>; the reader skips the rest (evidence sentences, the
/// abstract, relations), which is most of each line, instead of building objects from it.
/// </summary>
internal sealed record SpoolNames(long Seq, SpoolNames.PaperNames Extraction)
{
    public string PaperId => Extraction.Paper.Id;

    /// <summary>The part of a <see cref="PaperExtraction"/> that identity depends on.</summary>
    internal sealed record PaperNames(PaperKey Paper, IReadOnlyList<Resolution.MentionName> Mentions);

    /// <summary>The id of a <see cref="Ingest.Paper"/>.</summary>
    internal sealed record PaperKey(string Id);
}

/// <summary>
/// The spool's JSON shape: the records themselves, serialised generically, so a property the
/// extractors add to <see cref="Mention"/> or <see cref="PaperExtraction"/> is spooled without
/// any change here.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SpoolRecord))]
[JsonSerializable(typeof(SpoolNames))]
[JsonSerializable(typeof(ShardManifest))]
internal sealed partial class SpoolJson : JsonSerializerContext;

/// <summary>
/// What <c>spool/shard.json</c> says: which shard of how many wrote this spool, how many papers it
/// spooled, and the inputs it read (file name and size), so a merge can refuse shards of different inputs.
/// </summary>
internal sealed record ShardManifest(int Shard, int Of, long Papers, IReadOnlyList<string> Inputs);
