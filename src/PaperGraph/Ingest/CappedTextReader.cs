namespace PaperGraph.Ingest;

/// <summary>
/// Passes text through, but throws <see cref="RecordTooLongException"/> once more than a cap of
/// characters has been read since the last <see cref="StartRecord"/>. For formats whose records cannot
/// be skipped without parsing them (an Atom entry), this bounds what one record can make a reader hold.
/// </summary>
internal sealed class CappedTextReader(TextReader inner, long maxCharsPerRecord) : TextReader
{
    private long sinceRecordStart;

    public void StartRecord() => sinceRecordStart = 0;

    public override int Read(char[] buffer, int index, int count) => Count(inner.Read(buffer, index, count));

    public override int Read(Span<char> buffer) => Count(inner.Read(buffer));

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0) Count(1);
        return c;
    }

    public override int Peek() => inner.Peek();

    private int Count(int read)
    {
        sinceRecordStart += read;
        if (sinceRecordStart > maxCharsPerRecord) throw new RecordTooLongException(maxCharsPerRecord);
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>A record ran past the reader's cap; the rest of the input cannot be read.</summary>
internal sealed class RecordTooLongException(long maxChars)
    : IOException($"a record runs past {maxChars:N0} characters")
{
    public long MaxChars { get; } = maxChars;
}
