using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PaperGraph.Graph;

/// <summary>Makes the stable, readable node ids described on <see cref="GraphNode.Id"/>.</summary>
public static class NodeIds
{
    /// <summary><c>label:slug</c>, e.g. <c>model:qwen3-1.7b-base</c>.</summary>
    public static string For(NodeLabel label, string key) =>
        label.ToString().ToLowerInvariant() + ":" + Slug(key);

    /// <summary>
    /// Lower-case letters, digits, '.', '*' and '+' kept; every other run of characters becomes one '-'.
    /// Non-ASCII letters are kept so that names in other scripts do not collapse to nothing.
    /// </summary>
    public static string Slug(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingDash = false;
        // ASCII is already NFKC, and nearly every name is ASCII: resolution slugs every entity it keeps.
        foreach (var ch in Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(ch) || ch is '.' or '*' or '+')
            {
                if (pendingDash && sb.Length > 0) sb.Append('-');
                pendingDash = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else
            {
                pendingDash = true;
            }
        }
        return sb.Length > 0 ? sb.ToString() : "x" + ShortHash(text);
    }

    /// <summary>The first 12 hex digits of the SHA-256 of the text: stable across runs and machines.</summary>
    public static string ShortHash(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash)[..12];
    }

    /// <summary>Title normalised for identity: NFKC, case-folded, letters and digits only.</summary>
    public static string NormalisedTitle(string title)
    {
        var sb = new StringBuilder(title.Length);
        foreach (var ch in title.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(ch)) sb.Append(char.ToLower(ch, CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
