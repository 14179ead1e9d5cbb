using PaperGraph.Ingest;

namespace PaperGraph.Pipeline;

/// <summary>A record was rejected under <c>--strict</c>; the message names file, line and reason.</summary>
public sealed class InputRejectedException(Rejection rejection)
    : Exception($"{rejection.Source}: {rejection.Reason}")
{
    public Rejection Rejection { get; } = rejection;
}
