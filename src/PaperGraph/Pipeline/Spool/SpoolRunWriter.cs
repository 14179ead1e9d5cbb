namespace PaperGraph.Pipeline.Spool;

/// <summary>
/// Writes the spool as sorted runs: records are gathered up to a byte budget, sorted by paper id
/// (then input order), and written as one file of <see cref="SpoolCodec"/> frames per run. The second pass merges the runs,
/// so papers come back in the graph's canonical order without ever all being in memory.
/// Not thread-safe: call <see cref="Add"/> from one thread.
/// </summary>
internal sealed class SpoolRunWriter(string directory, long runBudgetBytes)
{
    /// <summary>The file extension of a run.</summary>
    public const string RunExtension = ".spool";

    private readonly List<SerializedRecord> _pending = [];
    private readonly List<string> _runs = [];
    private long _pendingBytes;

    /// <summary>The run files written so far.</summary>
    public IReadOnlyList<string> Runs => _runs;

    /// <summary>Serialises a record to its frame; thread-safe, so extraction workers call it.</summary>
    public static SerializedRecord Serialize(SpoolRecord record) =>
        new(record.PaperId, record.Seq, SpoolCodec.Encode(record));

    public void Add(SerializedRecord record)
    {
        _pending.Add(record);
        _pendingBytes += record.Frame.Length + 64;
        if (_pendingBytes >= runBudgetBytes) Flush();
    }

    /// <summary>Writes what is pending as a run; call once more at the end.</summary>
    public void Flush()
    {
        if (_pending.Count == 0) return;
        _pending.Sort(SpoolOrder.Compare);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"run-{_runs.Count + 1:D5}{RunExtension}");
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
        {
            foreach (var record in _pending) file.Write(record.Frame);
        }
        _runs.Add(path);
        _pending.Clear();
        _pendingBytes = 0;
    }
}

/// <summary>A spool record already turned into its frame, with the keys it is sorted by.</summary>
internal readonly record struct SerializedRecord(string PaperId, long Seq, byte[] Frame) : ISpooled;
