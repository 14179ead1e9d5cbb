using System.Xml;
using System.Xml.Linq;

namespace PaperGraph.Ingest;

/// <summary>
/// Reads an arXiv API answer (Atom XML): each <c>entry</c> gives <c>id</c> (the abs URL),
/// <c>title</c>, <c>summary</c>, <c>published</c> and <c>author/name</c>. Entries are streamed one
/// at a time, so the file may be large.
/// </summary>
public sealed class ArxivAtomReader : IPaperReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public InputFormat Format => InputFormat.Atom;

    public IEnumerable<ReadResult> Read(Stream stream, string sourceName, CancellationToken cancellationToken)
    {
        using var text = new CappedTextReader(InputText.Open(stream), InputLimits.MaxAtomEntryChars);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true };
        using var xml = XmlReader.Create(text, settings);
        var lineInfo = (IXmlLineInfo)xml;
        // After XNode.ReadFrom the reader already stands on the node after the entry, often the next
        // entry: reading on from there without looking would skip every second entry.
        var onNextNode = false;
        while (true)
        {
            ReadResult? result = null;
            bool more;
            try
            {
                more = onNextNode ? !xml.EOF : xml.Read();
                onNextNode = false;
                while (more && !(xml.NodeType == XmlNodeType.Element && xml.LocalName == "entry"))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    more = xml.Read();
                }
                if (more)
                {
                    var at = new SourceLocation(sourceName, lineInfo.LineNumber);
                    var entry = (XElement)XNode.ReadFrom(xml);
                    result = FromEntry(entry, at);
                    onNextNode = true;
                    text.StartRecord();
                }
            }
            catch (RecordTooLongException ex)
            {
                result = ReadResult.Reject(new(sourceName, lineInfo.LineNumber),
                    $"an entry runs past {ex.MaxChars:N0} characters; XML cannot resume inside it, so the rest of the file from here is not read", "");
                more = false;
            }
            catch (XmlException ex)
            {
                // Past a well-formedness error an XML reader cannot go on: the rest of the file is one rejection.
                result = ReadResult.Reject(new(sourceName, ex.LineNumber), $"broken XML: {ex.Message}", "");
                more = false;
            }
            cancellationToken.ThrowIfCancellationRequested();
            if (result is { } r) yield return r;
            if (!more) yield break;
        }
    }

    private static ReadResult FromEntry(XElement entry, SourceLocation at)
    {
        string? Child(string name) => (entry.Element(Atom + name) ?? entry.Element(name))?.Value;
        var authors = entry.Elements(Atom + "author").Concat(entry.Elements("author"))
            .Select(a => (a.Element(Atom + "name") ?? a.Element("name"))?.Value)
            .OfType<string>()
            .Select(PaperFactory.CollapseWhitespace)
            .ToArray();
        var id = Child("id");
        return PaperFactory.Create(
            at, entry.ToString(),
            id: id,
            title: Child("title"),
            @abstract: Child("summary"),
            url: id,
            year: RecordFields.ParseYear(Child("published")),
            authors: authors);
    }
}
