using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

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

    public static IEnumerable<SpoolRecord> Read(IReadOnlyList<string> runs, Action onDuplicate, CancellationToken cancellationToken) =>
        Read(runs, SpoolJson.Default.SpoolRecord, static r => (r.PaperId, r.Seq), onDuplicate, cancellationToken);

    /// <summary>The same stream as <see cref="Read"/>, each record read only as far as resolution's first pass needs.</summary>
    public static IEnumerable<SpoolNames> ReadNames(IReadOnlyList<string> runs, Action onDuplicate, CancellationToken cancellationToken) =>
        Read(runs, SpoolJson.Default.SpoolNames, static r => (r.PaperId, r.Seq), onDuplicate, cancellationToken);

    private static IEnumerable<T> Read<T>(IReadOnlyList<string> runs, JsonTypeInfo<T> type, Func<T, (string Id, long Seq)> keyOf,
        Action onDuplicate, CancellationToken cancellationToken) where T : class
    {
        var cursors = runs.Select(run => new RunCursor<T>(run, type, cancellationToken)).ToList();
        try
        {
            var heap = new PriorityQueue<RunCursor<T>, (string Id, long Seq)>(Comparer<(string Id, long Seq)>.Create(static (a, b) =>
            {
                var byId = string.CompareOrdinal(a.Id, b.Id);
                return byId != 0 ? byId : a.Seq.CompareTo(b.Seq);
            }));
            foreach (var cursor in cursors)
            {
                if (cursor.MoveNext()) heap.Enqueue(cursor, keyOf(cursor.Current));
            }
            string? lastId = null;
            while (heap.TryDequeue(out var cursor, out _))
            {
                var record = cursor.Current;
                if (cursor.MoveNext()) heap.Enqueue(cursor, keyOf(cursor.Current));
                var id = keyOf(record).Id;
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
        private readonly JsonTypeInfo<T> _type;
        private readonly CancellationTokenSource _stop;
        private readonly Task _reader;
        private T? _current;

        public RunCursor(string path, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        {
            _type = type;
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

        // Lines are parsed from their UTF-8 bytes as read: reading them as strings would decode every
        // line to UTF-16 only for the parser to encode it back (both passes read the whole spool).
        private void Fill(string path, CancellationToken cancellationToken)
        {
            try
            {
                using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
                var buffer = new byte[1 << 16];
                int start = 0, end = 0;
                long line = 0;
                while (true)
                {
                    var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                    if (newline >= 0)
                    {
                        _queue.Add(Parse(path, ++line, buffer.AsSpan(start, newline)), cancellationToken);
                        start += newline + 1;
                        continue;
                    }
                    // No whole line left: keep the partial one at the front, grow for a long one, read on.
                    buffer.AsSpan(start, end - start).CopyTo(buffer);
                    (start, end) = (0, end - start);
                    if (end == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
                    var read = file.Read(buffer, end, buffer.Length - end);
                    if (read > 0)
                    {
                        end += read;
                        continue;
                    }
                    if (end > 0) _queue.Add(Parse(path, ++line, buffer.AsSpan(0, end)), cancellationToken);
                    break;
                }
            }
            finally
            {
                _queue.CompleteAdding();
            }
        }

        private T Parse(string path, long line, ReadOnlySpan<byte> json)
        {
            try
            {
                return JsonSerializer.Deserialize(json, _type)
                    ?? throw new InvalidDataException($"{path}:{line}: null spool record");
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{path}:{line}: not a spool record ({ex.Message})", ex);
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
