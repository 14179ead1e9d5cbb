using PaperGraph.Extraction;

namespace PaperGraph.Tests.Extraction;

public sealed class ModelNameGrammarTests
{
    private static readonly ModelNameGrammar Grammar = new(ExtractionVocabulary.Shipped.ModelFamilies);

    [Theory]
    [InlineData("Pretraining with RLP on Qwen3-1.7B-Base lifts the average.", "Qwen3-1.7B-Base")]
    [InlineData("Applying RLP to the hybrid Nemotron-Nano-12B-v2 increases it.", "Nemotron-Nano-12B-v2")]
    [InlineData("We fine-tune Qwen2.5-Math-7B-Instruct with GRPO.", "Qwen2.5-Math-7B-Instruct")]
    [InlineData("Distilled models such as DeepSeek-R1-Distill-Qwen-7B reason well.", "DeepSeek-R1-Distill-Qwen-7B")]
    [InlineData("We train Llama-3.1-8B on it.", "Llama-3.1-8B")]
    [InlineData("Results on Gemma 3 4B hold.", "Gemma 3 4B")]
    [InlineData("We also test the MoE model Mixtral 8x7B Instruct on code.", "Mixtral 8x7B Instruct")]
    [InlineData("Even the advanced Gemini Ultra reaches only 59%.", "Gemini Ultra")]
    [InlineData("It beats Claude 3.5-Haiku.", "Claude 3.5-Haiku")]
    [InlineData("It rivals GPT-4o-mini.", "GPT-4o-mini")]
    [InlineData("We fine-tune Pythia-1.4B with PPO.", "Pythia-1.4B")]
    [InlineData("It matches o3-mini at a fraction of the cost.", "o3-mini")]
    [InlineData("Our Guru-7B model improves.", "Guru-7B")]
    // A size word after a space ("GPT-2 Large") or a hyphen ("BART-large").
    [InlineData("Policies initialized from GPT-2 Large are preferred.", "GPT-2 Large")]
    [InlineData("PSC is applied after fine-tuning of BART-large.", "BART-large")]
    [InlineData("It surpasses YOLOv12-L by 0.6 mAP.", "YOLOv12-L")]
    [InlineData("Compared to ViT-B/16, it needs fewer patches.", "ViT-B/16")]
    public void Find_ModelNameInSentence_ReturnsTheWholeName(string sentence, string expected)
    {
        var hits = Grammar.Find(sentence);

        Assert.Contains(hits, h => h.Name == expected && sentence.Substring(h.Start, h.Length) == expected);
    }

    [Theory]
    [InlineData("A Qwen-based policy is trained.", "Qwen")]
    [InlineData("We build on Llama 3.1 and report results.", "Llama 3.1")]
    public void Find_NameWithTrailingWords_StopsAtTheModelName(string sentence, string expected)
    {
        var hit = Assert.Single(Grammar.Find(sentence));

        Assert.Equal(expected, hit.Name);
    }

    [Theory]
    [InlineData("We evaluate it using Qwen2.5-1.5B/3B/7B-Instruct.", "Qwen2.5-1.5B-Instruct|Qwen2.5-3B-Instruct|Qwen2.5-7B-Instruct", "Qwen2.5-1.5B|3B|7B")]
    [InlineData("It improves LLaMA-7B/13B and others.", "LLaMA-7B|LLaMA-13B", "LLaMA-7B|13B")]
    [InlineData("Our derived Zorbit-Coder-7B and 14B models improve.", "Zorbit-Coder-7B|Zorbit-Coder-14B", "Zorbit-Coder-7B|14B")]
    [InlineData("We train Llama-3.1-8B, 70B or 405B here.", "Llama-3.1-8B|Llama-3.1-70B|Llama-3.1-405B", "Llama-3.1-8B|70B|405B")]
    [InlineData("We train Qwen2.5-7B and 14B.", "Qwen2.5-7B|Qwen2.5-14B", "Qwen2.5-7B|14B")]
    [InlineData("We train Qwen2.5-7B and Llama-3.1-8B.", "Qwen2.5-7B|Llama-3.1-8B", "Qwen2.5-7B|Llama-3.1-8B")]
    public void Find_SizesListedAfterAName_AreModelsOfTheirOwn(string sentence, string names, string surfaces)
    {
        var hits = Grammar.Find(sentence);

        Assert.Equal(names.Split('|'), hits.Select(h => h.Name));
        Assert.Equal(surfaces.Split('|'), hits.Select(h => sentence.Substring(h.Start, h.Length)));
    }

    [Theory]
    [InlineData("The Phi coefficient and GPT embeddings are unrelated here.")]
    [InlineData("We report 42.81% accuracy with 7B parameters.")]
    public void Find_WordsThatOnlyLookLikeFamilies_FindsNoModel(string sentence)
    {
        Assert.Empty(Grammar.Find(sentence));
    }

    [Theory]
    [InlineData("GPT-4o-mini", true)]
    [InlineData("GPT-4", true)]
    [InlineData("Gemini-1.5-Pro", true)]
    [InlineData("Claude 3.5 Sonnet", true)]
    [InlineData("o1-mini", true)]
    [InlineData("GPT-2", false)]
    [InlineData("Gemma-2-9B", false)]
    [InlineData("o1x", false)]
    [InlineData("Qwen2.5-7B", false)]
    public void IsClosedModel_ByTheStartOfTheName(string name, bool closed)
    {
        Assert.Equal(closed, ExtractionVocabulary.Shipped.IsClosedModel(name));
    }
}
