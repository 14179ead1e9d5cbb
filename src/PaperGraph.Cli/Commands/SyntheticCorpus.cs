using System.Text.Encodings.Web;
using System.Text.Json;
using PaperGraph.Extraction;
using PaperGraph.Ingest;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// Makes a large corpus for the bench, after shared/tools/make-corpus.py: each synthetic paper gets a
/// unique title and an abstract of 6-11 sentences drawn at random from real abstracts, so extraction
/// does real work and no two abstracts are equal. Written as JSON Lines with ids, the shape of the
/// arXiv snapshot. Deterministic for a seed.
/// </summary>
internal sealed class SyntheticCorpus
{
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly string[] _titles;
    private readonly string[] _sentences;

    private SyntheticCorpus(string[] titles, string[] sentences)
    {
        _titles = titles;
        _sentences = sentences;
    }

    /// <summary>Takes titles and sentences from a file any reader reads (the bundled sample by default).</summary>
    public static SyntheticCorpus From(string sourceFile)
    {
        using var stream = File.OpenRead(sourceFile);
        var papers = FormatDetector.ReaderFor(FormatDetector.Detect(sourceFile))
            .Read(stream, sourceFile, CancellationToken.None)
            .Select(r => r.Paper).OfType<Paper>().ToArray();
        var sentences = papers.SelectMany(p => SentenceSplitter.Split(p.Abstract)).Select(s => s.Text).Where(s => s.Length > 20).ToArray();
        if (papers.Length == 0 || sentences.Length == 0)
            throw new InvalidDataException($"{sourceFile}: no abstracts to draw synthetic papers from");
        return new SyntheticCorpus(papers.Select(p => p.Title).ToArray(), sentences);
    }

    public void Write(string path, int count, int seed = 7)
    {
        var random = new Random(seed);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var json = new Utf8JsonWriter(file, Json);
        for (var k = 0; k < count; k++)
        {
            var sentences = new string[random.Next(6, 12)];
            for (var i = 0; i < sentences.Length; i++) sentences[i] = _sentences[random.Next(_sentences.Length)];
            json.WriteStartObject();
            json.WriteString("id", $"syn-{k}");
            json.WriteString("title", $"{_titles[random.Next(_titles.Length)]} [{k}]");
            json.WriteString("abstract", string.Join(' ', sentences));
            json.WriteEndObject();
            json.Flush();
            file.WriteByte((byte)'\n');
            json.Reset();
        }
    }
}
