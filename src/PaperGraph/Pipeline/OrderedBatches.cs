namespace PaperGraph.Pipeline;

/// <summary>
/// Maps a stream on several cores and hands the results back in input order: the input is cut
/// into batches, each batch runs as a task, and at most <c>maxInFlight</c> batches exist at once,
/// so memory stays bounded however long the input is and the output is deterministic.
/// </summary>
internal static class OrderedBatches
{
    public static IEnumerable<TOut[]> Map<TIn, TOut>(
        IEnumerable<TIn> source, Func<TIn, TOut> map, int batchSize, int maxInFlight, CancellationToken cancellationToken)
    {
        var inFlight = new Queue<Task<TOut[]>>();
        try
        {
            foreach (var batch in source.Chunk(batchSize))
            {
                inFlight.Enqueue(Task.Run(() => Array.ConvertAll(batch, x => map(x)), cancellationToken));
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
