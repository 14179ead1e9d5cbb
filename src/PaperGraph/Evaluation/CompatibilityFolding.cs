using System.Text;

namespace PaperGraph.Evaluation;

/// <summary>
/// NFKC as score.py applies it. The build runs with invariant globalization, where
/// <see cref="string.Normalize(NormalizationForm)"/> leaves compatibility characters alone, so the
/// folds that names in ML text can hold are applied here: ligatures, full-width forms, odd spaces,
/// super- and subscript digits, the ellipsis, the micro sign. Other compatibility folds (and
/// composition of decomposed accents) are not; names relying on them may score differently.
/// </summary>
internal static class CompatibilityFolding
{
    public static string Fold(string text)
    {
        var s = text.Normalize(NormalizationForm.FormKC);
        StringBuilder? sb = null;
        for (var i = 0; i < s.Length; i++)
        {
            var fold = FoldOf(s[i]);
            if (fold is null)
            {
                sb?.Append(s[i]);
                continue;
            }
            sb ??= new StringBuilder(s.Length + 8).Append(s, 0, i);
            sb.Append(fold);
        }
        return sb?.ToString() ?? s;
    }

    private static string? FoldOf(char c) => c switch
    {
        '\u00a0' or (>= '\u2000' and <= '\u200a') or '\u202f' or '\u205f' or '\u3000' => " ",
        >= '\uff01' and <= '\uff5e' => ((char)(c - 0xfee0)).ToString(),
        '\ufb00' => "ff",
        '\ufb01' => "fi",
        '\ufb02' => "fl",
        '\ufb03' => "ffi",
        '\ufb04' => "ffl",
        '\ufb05' or '\ufb06' => "st",
        '\u00b9' => "1",
        '\u00b2' => "2",
        '\u00b3' => "3",
        '\u2070' => "0",
        >= '\u2074' and <= '\u2079' => ((char)('4' + (c - '\u2074'))).ToString(),
        >= '\u2080' and <= '\u2089' => ((char)('0' + (c - '\u2080'))).ToString(),
        '\u207a' or '\u208a' => "+",
        '\u207b' or '\u208b' => "\u2212",
        '\u207c' or '\u208c' => "=",
        '\u207d' or '\u208d' => "(",
        '\u207e' or '\u208e' => ")",
        '\u207f' => "n",
        '\u2024' => ".",
        '\u2025' => "..",
        '\u2026' => "...",
        '\u2122' => "TM",
        '\u00b5' => "\u03bc",
        '\u00aa' => "a",
        '\u00ba' => "o",
        '\u00bc' => "1\u20444",
        '\u00bd' => "1\u20442",
        '\u00be' => "3\u20444",
        _ => null,
    };
}
