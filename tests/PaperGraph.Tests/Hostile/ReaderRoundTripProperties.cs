using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml.Linq;
using CsCheck;
using CsvHelper;
using CsvHelper.Configuration;
using PaperGraph.Ingest;

namespace PaperGraph.Tests.Hostile;

/// <summary>
/// Each reader, fed records written by an independent writer (System.Text.Json, CsvHelper, XLinq) with
/// hostile titles, abstracts and authors, any line end and an optional byte-order mark, yields exactly
/// the values written (whitespace collapsed, as documented), in order, each at its line; and text UTF-8
/// cannot carry is rejected with a reason instead of being changed or crashing the run.
/// </summary>
public sealed class ReaderRoundTripProperties
{
    private sealed record Input(string Title, string Abstract, string[] Authors);

    private static readonly Gen<Input> Record =
        Gen.Select(HostileText.ValidNonBlank(), HostileText.ValidNonBlank(20), HostileText.Elements(), (t, a, au) => new Input(t, a, au));

    private static readonly Gen<(Input[] Records, string LineEnd, bool Bom)> File =
        Gen.Select(Record.Array[1, 5], HostileText.LineEnd, Gen.Bool);

    [Fact]
    public void JsonLines_AnyHostileRecords_ReadBackExactly()
    {
        var encoders = new[] { JavaScriptEncoder.Default, JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        Gen.Select(File, Gen.OneOf(encoders)).Sample((file, encoder) =>
        {
            var options = new JsonSerializerOptions { Encoder = encoder };
            var lines = file.Records.Select(r => JsonSerializer.Serialize(new { title = r.Title, @abstract = r.Abstract, authors = r.Authors }, options));

            var papers = Papers(new JsonLinesReader(), Join(lines, file.LineEnd, file.Bom));

            AssertSame(file.Records, papers, r => r.Authors);
            Assert.Equal(Enumerable.Range(1, file.Records.Length).Select(i => (long)i), papers.Select(p => p.Source.Line));
        }, seed: HostileGraphs.Seed, iter: 200, threads: 1);
    }

    [Fact]
    public void Csv_AnyHostileRecords_ReadBackExactly()
    {
        File.Sample(file =>
        {
            var text = new StringWriter();
            var config = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = file.LineEnd, ShouldQuote = _ => true };
            using (var csv = new CsvWriter(text, config))
            {
                foreach (var h in (string[])["Abstract", "TITLE", "authors"]) csv.WriteField(h);
                csv.NextRecord();
                foreach (var r in file.Records)
                {
                    csv.WriteField(r.Abstract);
                    csv.WriteField(r.Title);
                    csv.WriteField(string.Join(", ", r.Authors));
                    csv.NextRecord();
                }
            }

            var papers = Papers(new CsvPaperReader(), (file.Bom ? "\uFEFF" : "") + text);

            AssertSame(file.Records, papers, r => RecordFields.SplitAuthors(string.Join(", ", r.Authors)));
        }, seed: HostileGraphs.Seed, iter: 150, threads: 1);
    }

    [Fact]
    public void Atom_AnyXmlSafeRecords_ReadBackExactly()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var record = Gen.Select(HostileText.XmlSafe(), HostileText.XmlSafe(20), HostileText.XmlSafe(4).Array[0, 4], (t, a, au) => new Input(t, a, au));
        Gen.Select(record.Array[1, 5], Gen.Bool).Sample((records, bom) =>
        {
            var feed = new XElement(atom + "feed", records.Select(r => new XElement(atom + "entry",
                new XElement(atom + "title", r.Title), new XElement(atom + "summary", r.Abstract),
                r.Authors.Select(a => new XElement(atom + "author", new XElement(atom + "name", a))))));

            var papers = Papers(new ArxivAtomReader(), (bom ? "\uFEFF" : "") + feed);

            AssertSame(records, papers, r => r.Authors);
        }, seed: HostileGraphs.Seed, iter: 150, threads: 1);
    }

    [Fact]
    public void CopiedPage_AnyOneLineTitleAndAbstract_ReadBackExactly()
    {
        // A title is a short line, an abstract a long one: the format tells them apart by length alone.
        var title = HostileText.OneLine(4).Select(t => t.Length > 70 ? t[..70] : t).Where(t => !char.IsHighSurrogate(t[^1]));
        var @abstract = HostileText.OneLine(20).Select(a => a + " " + new string('y', 200));
        Gen.Select(Gen.Select(title, @abstract, (t, a) => new Input(t, a, [])).Array[1, 5], HostileText.LineEnd, Gen.Bool).Sample((records, lineEnd, bom) =>
        {
            var lines = records.SelectMany(r => new[] { r.Title, r.Abstract });

            var papers = Papers(new CopiedPageReader(), Join(lines, lineEnd, bom));

            Assert.Equal(records.Select(r => PaperFactory.CleanText(r.Title)), papers.Select(p => p.Title));
            Assert.Equal(records.Select(r => PaperFactory.CleanText(r.Abstract)), papers.Select(p => p.Abstract));
        }, seed: HostileGraphs.Seed, iter: 200, threads: 1);
    }

    [Fact]
    public void EveryReader_TextUtf8CannotCarry_IsRejectedWithAReasonAndTheRunGoesOn()
    {
        HostileText.Unwritable().Sample(bad =>
        {
            var good = JsonSerializer.Serialize(new { title = "Good", @abstract = "Fine." });
            var json = JsonSerializer.Serialize(new { title = bad, @abstract = "Fine." });

            var results = new JsonLinesReader().Read(Stream(json + "\n" + good), "in.jsonl", CancellationToken.None).ToList();

            Assert.Equal(2, results.Count);
            Assert.Matches("U\\+FFFD|NUL|surrogate", results[0].Rejection?.Reason ?? "");
            Assert.Equal("Good", results[1].Paper?.Title);

            var direct = PaperFactory.Create(new("api", 1), "", id: null, title: bad, @abstract: "Fine.");
            Assert.NotNull(direct.Rejection);
        }, seed: HostileGraphs.Seed, iter: 300, threads: 1);
    }

    private static void AssertSame(Input[] records, List<Paper> papers, Func<Input, IEnumerable<string>> authorsAsWritten)
    {
        Assert.Equal(records.Length, papers.Count);
        foreach (var (record, paper) in records.Zip(papers))
        {
            Assert.Equal(PaperFactory.CleanText(record.Title), paper.Title);
            Assert.Equal(PaperFactory.CleanText(record.Abstract), paper.Abstract);
            var authors = authorsAsWritten(record).Select(PaperFactory.CollapseWhitespace).Where(a => a.Length > 0);
            Assert.Equal(authors, paper.Authors);
        }
    }

    private static string Join(IEnumerable<string> lines, string lineEnd, bool bom) =>
        (bom ? "\uFEFF" : "") + string.Join(lineEnd, lines) + lineEnd;

    private static MemoryStream Stream(string text) => new(new UTF8Encoding(false).GetBytes(text));

    private static List<Paper> Papers(IPaperReader reader, string text)
    {
        var results = reader.Read(Stream(text), "in", CancellationToken.None).ToList();
        Assert.All(results, r => Assert.Null(r.Rejection));
        return results.Select(r => r.Paper).OfType<Paper>().ToList();
    }
}
