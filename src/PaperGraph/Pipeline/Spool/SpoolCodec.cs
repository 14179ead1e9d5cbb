using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Ingest;
using PaperGraph.Resolution;

namespace PaperGraph.Pipeline.Spool;

/// <summary>
/// The spool's binary form of a <see cref="SpoolRecord"/>. Each record is framed by its length, and
/// begins with what resolution's first pass reads (input order, paper id, mention names), so that
/// pass skips the rest unparsed. Evidence strings (paper id, sentence) are stored once per record
/// and referenced by index: a sentence naming five entities is written once, not five times, and
/// read back as one string.
/// </summary>
/// <remarks>
/// The spool is written and read by the same build, so there is no version field. A property
/// added to <see cref="Mention"/>, <see cref="PaperExtraction"/> or <see cref="Paper"/> must be
/// added here too; SpoolTests compares a round trip of a record with every field set, field by field
/// through JSON, and fails when one is missed.
/// </remarks>
internal static class SpoolCodec
{
    /// <summary>One record as its frame: a 4-byte little-endian length, then the payload.</summary>
    public static byte[] Encode(SpoolRecord record)
    {
        var extraction = record.Extraction;
        var paper = extraction.Paper;
        var w = new Writer();
        w.Int32(0); // the frame length, filled in below
        w.Int64(record.Seq);
        w.String(paper.Id);
        w.Count(extraction.Mentions.Count);
        foreach (var m in extraction.Mentions)
        {
            w.Byte((byte)m.Label);
            w.String(m.Name);
            w.Strings(m.Aliases);
            w.NullableString(m.LongForm);
            w.Byte((byte)m.Role);
        }

        w.String(paper.Title);
        w.String(paper.Abstract);
        w.NullableString(paper.Url);
        w.Bool(paper.Year.HasValue);
        if (paper.Year is { } year) w.Int32(year);
        w.Strings(paper.Authors);
        w.Strings(paper.Categories);
        w.String(paper.Source.File);
        w.Int64(paper.Source.Line);

        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new List<string>();
        int Ref(string s)
        {
            if (!table.TryGetValue(s, out var i))
            {
                i = texts.Count;
                table[s] = i;
                texts.Add(s);
            }
            return i;
        }
        // Indexes first (into a side list), so the string table can precede them in the record.
        var evidence = new List<(int PaperId, int Sentence, Evidence E)>();
        void Note(Evidence e) => evidence.Add((Ref(e.PaperId), Ref(e.Sentence), e));
        foreach (var m in extraction.Mentions) Note(m.Evidence);
        foreach (var r in extraction.Relations) Note(r.Evidence);
        foreach (var c in extraction.Candidates) Note(c.Evidence);
        w.Strings(texts);
        var next = 0;
        void WriteEvidence()
        {
            var (paperId, sentence, e) = evidence[next++];
            w.Count(paperId);
            w.Count(sentence);
            w.Int32(e.Start);
            w.Int32(e.Length);
            w.Bool(e.InTitle);
        }
        foreach (var _ in extraction.Mentions) WriteEvidence();
        w.Count(extraction.Relations.Count);
        foreach (var r in extraction.Relations)
        {
            w.Byte((byte)r.Head.Label);
            w.String(r.Head.Name);
            w.Byte((byte)r.Type);
            w.Byte((byte)r.Tail.Label);
            w.String(r.Tail.Name);
            WriteEvidence();
        }
        w.Count(extraction.Candidates.Count);
        foreach (var c in extraction.Candidates)
        {
            w.String(c.Surface);
            WriteEvidence();
        }
        return w.ToFrame();
    }

    /// <summary>The whole record, from a payload (the frame without its length).</summary>
    public static SpoolRecord Decode(ReadOnlySpan<byte> payload)
    {
        var r = new Reader(payload);
        var seq = r.Int64();
        var paperId = r.String();
        var names = ReadNames(ref r);

        var paper = new Paper
        {
            Id = paperId,
            Title = r.String(),
            Abstract = r.String(),
            Url = r.NullableString(),
            Year = r.Bool() ? r.Int32() : null,
            Authors = r.Strings(),
            Categories = r.Strings(),
            Source = new SourceLocation(r.String(), r.Int64()),
        };
        var texts = r.Strings();
        var mentions = new Mention[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            var n = names[i];
            mentions[i] = new Mention { Label = n.Label, Name = n.Name, Aliases = n.Aliases, LongForm = n.LongForm, Role = n.Role, Evidence = ReadEvidence(ref r, texts) };
        }
        var relations = new RelationMention[r.Count()];
        for (var i = 0; i < relations.Length; i++)
        {
            var head = new MentionKey((NodeLabel)r.Byte(), r.String());
            var type = (RelationType)r.Byte();
            var tail = new MentionKey((NodeLabel)r.Byte(), r.String());
            relations[i] = new RelationMention(head, type, tail, ReadEvidence(ref r, texts));
        }
        var candidates = new Candidate[r.Count()];
        for (var i = 0; i < candidates.Length; i++)
        {
            candidates[i] = new Candidate(r.String(), ReadEvidence(ref r, texts));
        }
        r.End();
        return new SpoolRecord(seq, new PaperExtraction { Paper = paper, Mentions = mentions, Relations = relations, Candidates = candidates });
    }

    /// <summary>What resolution's first pass needs, from a payload: the rest is not read.</summary>
    public static SpoolNames DecodeNames(ReadOnlySpan<byte> payload)
    {
        var r = new Reader(payload);
        var seq = r.Int64();
        var paperId = r.String();
        return new SpoolNames(seq, paperId, ReadNames(ref r));
    }

    private static MentionName[] ReadNames(ref Reader r)
    {
        var names = new MentionName[r.Count()];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = new MentionName((NodeLabel)r.Byte(), r.String(), r.Strings(), r.NullableString(), (RelationType)r.Byte());
        }
        return names;
    }

    private static Evidence ReadEvidence(ref Reader r, string[] texts) =>
        new(texts[r.Count()], texts[r.Count()], r.Int32(), r.Int32()) { InTitle = r.Bool() };

    private sealed class Writer
    {
        // Each extraction worker encodes record after record: one buffer per thread, reused, so a
        // record costs only its frame (the buffer grows to the largest record and stays there).
        [ThreadStatic]
        private static ArrayBufferWriter<byte>? t_buffer;

        private readonly ArrayBufferWriter<byte> _buffer = TakeBuffer();

        private static ArrayBufferWriter<byte> TakeBuffer()
        {
            var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1 << 14);
            buffer.ResetWrittenCount();
            return buffer;
        }

        public void Byte(byte value)
        {
            _buffer.GetSpan(1)[0] = value;
            _buffer.Advance(1);
        }

        public void Bool(bool value) => Byte(value ? (byte)1 : (byte)0);

        public void Int32(int value)
        {
            BinaryPrimitives.WriteInt32LittleEndian(_buffer.GetSpan(4), value);
            _buffer.Advance(4);
        }

        public void Int64(long value)
        {
            BinaryPrimitives.WriteInt64LittleEndian(_buffer.GetSpan(8), value);
            _buffer.Advance(8);
        }

        /// <summary>A non-negative count or index, 7 bits per byte.</summary>
        public void Count(int value)
        {
            var v = (uint)value;
            while (v >= 0x80)
            {
                Byte((byte)(v | 0x80));
                v >>= 7;
            }
            Byte((byte)v);
        }

        public void String(string value)
        {
            Count(Encoding.UTF8.GetByteCount(value));
            _buffer.Advance(Encoding.UTF8.GetBytes(value, _buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(value.Length))));
        }

        public void NullableString(string? value)
        {
            Byte(value is null ? (byte)0 : (byte)1);
            if (value is not null) String(value);
        }

        public void Strings(IReadOnlyList<string> values)
        {
            Count(values.Count);
            foreach (var value in values) String(value);
        }

        public byte[] ToFrame()
        {
            var frame = _buffer.WrittenSpan.ToArray();
            BinaryPrimitives.WriteInt32LittleEndian(frame, frame.Length - 4);
            return frame;
        }
    }

    /// <summary>Reads a payload front to back; a read past its end throws <see cref="InvalidDataException"/>.</summary>
    private ref struct Reader(ReadOnlySpan<byte> payload)
    {
        private readonly ReadOnlySpan<byte> _payload = payload;
        private int _at;

        public byte Byte() => Take(1)[0];

        public bool Bool() => Byte() != 0;

        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

        public int Count()
        {
            uint value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var b = Byte();
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80) return value <= int.MaxValue ? (int)value : throw new InvalidDataException("count out of range");
            }
            throw new InvalidDataException("count longer than five bytes");
        }

        public string String() => Encoding.UTF8.GetString(Take(Count()));

        public string? NullableString() => Bool() ? String() : null;

        public string[] Strings()
        {
            var values = new string[Count()];
            for (var i = 0; i < values.Length; i++) values[i] = String();
            return values;
        }

        public readonly void End()
        {
            if (_at != _payload.Length) throw new InvalidDataException($"{_payload.Length - _at} bytes left over after the record");
        }

        private ReadOnlySpan<byte> Take(int length)
        {
            if (length > _payload.Length - _at) throw new InvalidDataException("record ends early");
            var span = _payload.Slice(_at, length);
            _at += length;
            return span;
        }
    }
}
