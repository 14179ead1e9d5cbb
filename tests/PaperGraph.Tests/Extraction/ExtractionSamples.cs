using PaperGraph.Extraction;
using PaperGraph.Ingest;

namespace PaperGraph.Tests.Extraction;

/// <summary>Papers and an extractor with the shipped lexicons, for extraction and resolution tests.</summary>
internal static class ExtractionSamples
{
    public static RuleExtractor Extractor { get; } = new(Lexicon.Load([]));

    public static Paper Paper(string title, string abstractText, string id = "paper:1") => new()
    {
        Id = id,
        Title = title,
        Abstract = abstractText,
        Source = new SourceLocation("test.txt", 1),
    };

    public static PaperExtraction Extract(string title, string abstractText, string id = "paper:1") =>
        Extractor.Extract(Paper(title, abstractText, id));
}
