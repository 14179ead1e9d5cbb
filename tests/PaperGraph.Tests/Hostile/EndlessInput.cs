using System.Text;

namespace PaperGraph.Tests.Hostile;

/// <summary>
/// A read-only stream that makes its bytes as they are read: a head, then the same record over and over,
/// as long as a file of many gigabytes, without any of it existing. It counts what was read, so a test
/// can show a reader yields records after reading only a little of it.
/// </summary>
internal sealed class EndlessInput(string head, string record, long length) : Stream
{
    private readonly byte[] headBytes = Encoding.UTF8.GetBytes(head);
    private readonly byte[] recordBytes = Encoding.UTF8.GetBytes(record);
    private long position;

    public long BytesRead => position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - position);
        for (var i = 0; i < n; i++, position++)
        {
            buffer[offset + i] = position < headBytes.Length
                ? headBytes[position]
                : recordBytes[(position - headBytes.Length) % recordBytes.Length];
        }
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
