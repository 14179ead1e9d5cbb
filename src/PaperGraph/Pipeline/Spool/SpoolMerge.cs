using System.Buffers.Binary;
using System.Collections.Concurrent;

namespace PaperGraph.Pipeline.Spool;

/// <summary>
/// Reads sorted spool runs back as one stream in canonical order (paper id, then input order),
/// keeping the first record of each paper id and counting the rest as duplicates. Each run is
/// parsed ahead on its own thread into a small bounded queue, so parsing uses every core while
/// memory stays a few records and one file buffer per run (the runs number input size / run budget).
/// </summary>
internal static class SpoolMerge
{
    private const int ReadAhead = 64;

    /// <summary>Larger than any record a build writes (abstracts are capped well below this); a longer length is corruption.</summary>
    private const int MaxFrameBytes = 1 << 30;

    public static IEnumerable<SpoolRecord> Read(IReadOnlyList<string> runs, Action onDuplicate, CancellationToken cancellationToken) =>
        Read(runs, SpoolCodec.Decode, onDuplicate, cancellationToken);

    /// <summary>The same stream as <see cref="Read"/>, each record read only as far as resolution's first pass needs.</summary>
    public static IEnumerable<SpoolNames> ReadNames(IReadOnlyList<string> runs, Action onDuplicate, CancellationToken cancellationToken) =>
        Read(runs, SpoolCodec.DecodeNames, onDuplicate, cancellationToken);

    /// <summary>Turns a frame's payload into a record.</summary>
    private delegate T Decoder<out T>(ReadOnlySpan<byte> payload);

    private static IEnumerable<T> Read<T>(IReadOnlyList<string> runs, Decoder<T> decode, Action onDuplicate, CancellationToken cancellationToken)
        where T : class, ISpooled
    {
        var cursors = runs.Select(run => new RunCursor<T>(run, decode, cancellationToken)).ToList();
        try
        {
            var heap = new PriorityQueue<RunCursor<T>, T>(Comparer<T>.Create(SpoolOrder.Compare));
            foreach (var cursor in cursors)
            {
                if (cursor.MoveNext()) heap.Enqueue(cursor, cursor.Current);
            }
            string? lastId = null;
            while (heap.TryDequeue(out var cursor, out _))
            {
                var record = cursor.Current;
                if (cursor.MoveNext()) heap.Enqueue(cursor, cursor.Current);
                var id = record.PaperId;
                if (id == lastId)
                {
                    onDuplicate();
                    continue;
                }
                lastId = id;
                yield return record;
            }
        }
        finally
        {
            foreach (var cursor in cursors) cursor.Dispose();
        }
    }

    /// <summary>One run, parsed ahead on a background task.</summary>
    private sealed class RunCursor<T> : IDisposable where T : class
    {
        private readonly BlockingCollection<T> _queue = new(ReadAhead);
        private readonly Decoder<T> _decode;
        private readonly CancellationTokenSource _stop;
        private readonly Task _reader;
        private T? _current;

        public RunCursor(string path, Decoder<T> decode, CancellationToken cancellationToken)
        {
            _decode = decode;
            _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            // Its own thread: it blocks when its queue is full, and a pool thread blocked that way
            // (one per run) would starve the extraction and resolution batches of pool threads.
            _reader = Task.Factory.StartNew(() => Fill(path, _stop.Token), _stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        public T Current => _current ?? throw new InvalidOperationException("no current record");

        public bool MoveNext()
        {
            if (_queue.TryTake(out var next, Timeout.Infinite, _stop.Token))
            {
                _current = next;
                return true;
            }
            // The queue is complete: surface a parse error from the reader, if there was one.
            _reader.GetAwaiter().GetResult();
            return false;
        }

        // Each frame is a 4-byte length and a payload; a run is frames back to back.
        private void Fill(string path, CancellationToken cancellationToken)
        {
            try
            {
                using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
                var buffer = new byte[1 << 16];
                int start = 0, end = 0;
                long record = 0;
                while (true)
                {
                    var available = end - start;
                    if (available >= 4)
                    {
                        var length = BinaryPrimitives.ReadInt32LittleEndian(buffer.AsSpan(start));
                        if (length is < 0 or > MaxFrameBytes) throw new InvalidDataException($"{path}: record {record + 1}: not a spool frame (length {length})");
                        if (available - 4 >= length)
                        {
                            _queue.Add(Decode(path, ++record, buffer.AsSpan(start + 4, length)), cancellationToken);
                            start += 4 + length;
                            continue;
                        }
                        if (4 + length > buffer.Length) Array.Resize(ref buffer, Math.Max(buffer.Length * 2, 4 + length));
                    }
                    // No whole frame left: keep the partial one at the front and read on.
                    buffer.AsSpan(start, available).CopyTo(buffer);
                    (start, end) = (0, available);
                    var read = file.Read(buffer, end, buffer.Length - end);
                    if (read > 0)
                    {
                        end += read;
                        continue;
                    }
                    if (available > 0) throw new InvalidDataException($"{path}: record {record + 1}: the file ends inside it");
                    break;
                }
            }
            finally
            {
                _queue.CompleteAdding();
            }
        }

        private T Decode(string path, long record, ReadOnlySpan<byte> payload)
        {
            try
            {
                return _decode(payload);
            }
            catch (Exception ex) when (ex is InvalidDataException or IndexOutOfRangeException or ArgumentException)
            {
                throw new InvalidDataException($"{path}: record {record}: not a spool record ({ex.Message})", ex);
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            try
            {
                _reader.Wait();
            }
            catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OperationCanceledException or InvalidDataException))
            {
                // Stopped early (a consumer quit, or the error was already surfaced by MoveNext).
            }
            _queue.Dispose();
            _stop.Dispose();
        }
    }
}
