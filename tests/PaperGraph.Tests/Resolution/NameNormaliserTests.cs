using PaperGraph.Resolution;

namespace PaperGraph.Tests.Resolution;

public sealed class NameNormaliserTests
{
    public static TheoryData<string> Names() =>
    [
        "GRPO", "Reinforcement Learning", "verifiable rewards", "  (RLHF), ", "chain-of-thought", "chain_of__thought",
        "T\u00dcLU 3", "\ufb01ne-tuning", "Qwen\u2019s", "LLM\u2010based", "ss", "Rewards", "class", "",
        new string('A', 300) + "s", "x" + new string('-', 280) + "y",
    ];

    [Theory]
    [MemberData(nameof(Names))]
    public void SpanForms_AndLookups_AgreeWithTheNormalisedString(string name)
    {
        var key = NameNormaliser.Normalise(name);
        Span<char> small = stackalloc char[16];

        Assert.Equal(key, NameNormaliser.NormaliseInto(name, small).ToString());
        Assert.Equal(key, NameNormaliser.NormaliseInto(name, new char[name.Length + 8]).ToString());
        Assert.True(NameNormaliser.ContainsNormalised(new HashSet<string>([key], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(), name));
        Assert.False(NameNormaliser.ContainsNormalised(new HashSet<string>([key + "x"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(), name));
    }

    [Fact]
    public void Normalise_FoldsAsTheScorerDoes()
    {
        Assert.Equal("verifiable reward", NameNormaliser.Normalise("Verifiable-Rewards"));
        Assert.Equal("fine tuning", NameNormaliser.Normalise("\ufb01ne-tuning"));
        Assert.Equal("rlhf", NameNormaliser.Normalise("  (RLHF), "));
    }

    [Fact]
    public void Normalise_TreatsEveryWhiteSpaceAsAGap_AndLowersNonAsciiCapitals()
    {
        // ASCII takes a shortcut past the Unicode tables; these check it against them.
        Assert.Equal("a b c d e", NameNormaliser.Normalise("A\tb\u00a0c\u0085d\u000be"));
        Assert.Equal("\u00e0b \u00e9tude", NameNormaliser.Normalise("\u00c0B \u00c9tude"));
        Assert.Equal("x@[z", NameNormaliser.Normalise("X@[Z"));
    }
}
