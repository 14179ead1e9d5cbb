using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PaperGraph.Evaluation;

/// <summary>Writes a <see cref="ScoreReport"/> as score.py prints it: its text lines, or its <c>--json</c> object.</summary>
public static class ScoreReportWriter
{
    public static void WriteText(ScoreReport report, TextWriter output)
    {
        output.WriteLine($"papers: {report.Papers}  missing: {report.PapersMissing.Count}");
        foreach (var (section, block) in new[] { ("entities", report.Entities), ("relations", report.Relations) })
        {
            foreach (var (key, s) in block)
            {
                output.WriteLine($"{section,-9} {key,-13} P={F(s.Precision)} R={F(s.Recall)} F1={F(s.F1)}  (tp={s.Tp} fp={s.Fp} fn={s.Fn})");
            }
        }
        var p = report.Proposes;
        output.WriteLine($"proposes  P={F(p.Precision)} R={F(p.Recall)} F1={F(p.F1)}");
        var b = report.IdentityB3;
        output.WriteLine($"identity  B3 P={F(b.Precision)} R={F(b.Recall)} F1={F(b.F1)}");
    }

    public static void WriteJson(ScoreReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("papers", report.Papers);
        json.WriteStartArray("papers_missing");
        foreach (var title in report.PapersMissing) json.WriteStringValue(title);
        json.WriteEndArray();
        WriteBlock(json, "entities", report.Entities);
        WriteBlock(json, "relations", report.Relations);
        WritePrf(json, "proposes", report.Proposes.Precision, report.Proposes.Recall, report.Proposes.F1);
        WritePrf(json, "identity_b3", report.IdentityB3.Precision, report.IdentityB3.Recall, report.IdentityB3.F1);
        json.WriteEndObject();
    }

    private static void WriteBlock(Utf8JsonWriter json, string name, IReadOnlyList<KeyValuePair<string, PrfScore>> block)
    {
        json.WriteStartObject(name);
        foreach (var (key, s) in block)
        {
            json.WriteStartObject(key);
            json.WriteNumber("precision", s.Precision);
            json.WriteNumber("recall", s.Recall);
            json.WriteNumber("f1", s.F1);
            json.WriteNumber("tp", s.Tp);
            json.WriteNumber("fp", s.Fp);
            json.WriteNumber("fn", s.Fn);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WritePrf(Utf8JsonWriter json, string name, double precision, double recall, double f1)
    {
        json.WriteStartObject(name);
        json.WriteNumber("precision", precision);
        json.WriteNumber("recall", recall);
        json.WriteNumber("f1", f1);
        json.WriteEndObject();
    }

    private static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
