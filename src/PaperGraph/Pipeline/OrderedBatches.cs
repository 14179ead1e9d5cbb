namespace PaperGraph.Pipeline;

/// <summary>
/// Maps a stream on several cores and hands the results back in input order: the input is cut
/// into batches, each batch runs as a task, and at most <c>maxInFlight</c> batches exist at once,
/// so memory stays bounded however long the input is and the output is deterministic.
/// </summary>
internal static class OrderedBatches
{
    public static IEnumerable<TOut[]> Map<TIn, TOut>(
        IEnumerable<TIn> source, Func<TIn, TOut> map, int batchSize, int maxInFlight, CancellationToken cancellationToken) =>
        MapBatches(source, batch => Array.ConvertAll(batch, x => map(x)), batchSize, maxInFlight, cancellationToken);

    /// <summary>As <see cref="Map"/>, with one result per batch: for work that is done a batch at a time.</summary>
    public static IEnumerable<TOut> MapBatches<TIn, TOut>(
        IEnumerable<TIn> source, Func<TIn[], TOut> map, int batchSize, int maxInFlight, CancellationToken cancellationToken)
    {
        var inFlight = new Queue<Task<TOut>>();
        try
        {
            foreach (var batch in source.Chunk(batchSize))
            {
                inFlight.Enqueue(Task.Run(() => map(batch), cancellationToken));
                if (inFlight.Count >= maxInFlight) yield return inFlight.Dequeue().GetAwaiter().GetResult();
            }
            while (inFlight.Count > 0)
            {
                yield return inFlight.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            // Stopped early (an error or a consumer that quit): let running batches end before leaving.
            foreach (var task in inFlight)
            {
                try
                {
                    task.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // The first failure already propagated; later ones add nothing.
                }
            }
        }
    }
}
