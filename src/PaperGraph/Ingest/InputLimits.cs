namespace PaperGraph.Ingest;

/// <summary>
/// How much of one record the readers hold in memory. A record's fields are limited to
/// <see cref="PaperFactory.MaxFieldLength"/>; these caps stop a reader long before an absurd line or
/// field (a 2 GB line, an unterminated CSV quote) could exhaust memory.
/// </summary>
public static class InputLimits
{
    /// <summary>
    /// Longest line the line formats (JSON Lines, copied pages) read; a longer line is counted to its
    /// end without being kept, rejected, and reading goes on at the next line.
    /// </summary>
    public const int MaxLineChars = 1 << 20;

    /// <summary>
    /// Longest CSV field. CSV cannot resynchronise inside a quoted field, so past this cap the rest of the
    /// file is one rejection; the cap is high so that a merely too-long abstract (say 10 MB) is still
    /// read past, rejected on its own, and the records after it are kept.
    /// </summary>
    public const int MaxCsvFieldChars = 1 << 24;

    /// <summary>
    /// Most characters read for one Atom entry (with whatever precedes it). An XML reader cannot skip an
    /// entry without parsing it, so past this cap the rest of the file is one rejection.
    /// </summary>
    public const int MaxAtomEntryChars = 1 << 24;

    internal static string LineTooLong(InputLine line, int maxChars) =>
        $"line is {line.Length:N0} characters, over the limit of {maxChars:N0}; only its start is kept here";
}
