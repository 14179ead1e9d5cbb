using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PaperGraph.Pipeline;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/> (1-based, as in <c>--shard 2/8</c>). A paper
/// belongs to the shard picked by a hash of its id, so every job given the same input picks the
/// same papers without talking to the others, and both copies of a duplicated paper land together.
/// </summary>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>The whole input.</summary>
    public static ShardSpec Whole { get; } = new(1, 1);

    public bool IsWhole => Count == 1;

    /// <summary>Parses <c>i/N</c> with 1 &lt;= i &lt;= N; null and a reason when it is not that.</summary>
    public static ShardSpec? TryParse(string text, out string? error)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            error = null;
            return new ShardSpec(index, count);
        }
        error = $"--shard takes i/N with 1 <= i <= N (e.g. 2/8), not '{text}'";
        return null;
    }

    public bool HoldsPaper(string paperId) => IsWhole || ShardOf(paperId) == Index;

    /// <summary>Rejected records have no id; they are spread by input position so each is reported by exactly one shard.</summary>
    public bool HoldsRecord(long seq) => IsWhole || (seq % Count) + 1 == Index;

    private int ShardOf(string paperId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(paperId), hash);
        return (int)(BitConverter.ToUInt64(hash) % (ulong)Count) + 1;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
