using System.Globalization;

namespace PaperGraph.Ingest;

/// <summary>
/// The optional fields shared by the JSON Lines and CSV formats, read from loosely typed text the
/// same way in both: authors and categories may be one string or a list; the year may be a number,
/// a string, or the start of a date.
/// </summary>
internal static class RecordFields
{
    public static int? ParseYear(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (t.Length >= 4 && int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 1000 and <= 9999 && (t.Length == 4 || !char.IsDigit(t[4])))
        {
            return year;
        }
        return null;
    }

    public static IReadOnlyList<string> SplitAuthors(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Replace(" and ", ",", StringComparison.Ordinal)
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(PaperFactory.CollapseWhitespace)
                .ToArray();

    public static IReadOnlyList<string> SplitCategories(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
