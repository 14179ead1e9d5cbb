namespace PaperGraph.Ingest;

/// <summary>
/// Keeps papers in any of the given arXiv categories (<c>--category cs.LG,cs.CL</c>). A whole
/// archive also works: <c>cs</c> keeps every <c>cs.*</c> paper. Case-insensitive, since arXiv's
/// own spelling (<c>cs.LG</c>) is easy to mistype. With no categories every paper is kept.
/// </summary>
public sealed record CategoryFilter
{
    public static CategoryFilter All { get; } = new([]);

    public CategoryFilter(IEnumerable<string> categories)
    {
        Categories = categories
            .SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }

    public IReadOnlyList<string> Categories { get; }

    public bool KeepsAll => Categories.Count == 0;

    /// <summary>True when the paper lists one of the categories, or a category inside one of the archives.</summary>
    public bool Keeps(Paper paper) => KeepsAll || paper.Categories.Any(Matches);

    private bool Matches(string category)
    {
        foreach (var wanted in Categories)
        {
            if (category.Equals(wanted, StringComparison.OrdinalIgnoreCase)) return true;
            if (category.Length > wanted.Length && category[wanted.Length] == '.'
                && category.StartsWith(wanted, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
