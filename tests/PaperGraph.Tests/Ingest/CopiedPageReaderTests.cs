using System.Text;
using PaperGraph.Ingest;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Ingest;

public sealed class CopiedPageReaderTests
{
    private static List<ReadResult> Read(string text) =>
        new CopiedPageReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "page.txt", CancellationToken.None).ToList();

    [Fact]
    public void Reader_WithBoilerplateHeader_SkipsItAndKeepsFirstTitle()
    {
        var text = "Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\n"
            + "SubscribeRLP: Reinforcement as a Pretraining Objective\n" + Some.Abstract() + "\n";

        var results = Read(text);

        var paper = Assert.Single(results).Paper;
        Assert.NotNull(paper);
        Assert.Equal("RLP: Reinforcement as a Pretraining Objective", paper.Title);
        Assert.Equal(3, paper.Source.Line);
    }

    [Fact]
    public void Reader_TitleWithoutAbstractMidFile_RejectsItWithLine()
    {
        var text = "First Paper\n" + Some.Abstract() + "\nOrphan Title\nSecond Paper\n" + Some.Abstract() + "\n";

        var results = Read(text);

        Assert.Equal(["First Paper", "Second Paper"], results.Select(r => r.Paper?.Title).OfType<string>());
        var rejection = Assert.Single(results, r => r.Rejection is not null).Rejection;
        Assert.Equal(3, rejection?.Source.Line);
    }

    [Fact]
    public void Reader_SeedSample_FindsEveryPaperWithExactTitles()
    {
        using var stream = File.OpenRead(Some.SampleInput);

        var results = new CopiedPageReader().Read(stream, Some.SampleInput, CancellationToken.None).ToList();

        Assert.Equal(119, results.Count(r => r.Paper is not null));
        Assert.DoesNotContain(results, r => r.Rejection is not null);
        Assert.Equal("Robot Learning with Sensorimotor Pre-training", results[0].Paper?.Title);
    }

    [Fact]
    public void Reader_AbstractLineOverTheLineLimit_RejectsItAndItsTitleAndReadsOn()
    {
        var text = "First Paper\n" + Some.Abstract() + "\nHuge Paper\n" + new string('a', 2_000_000) + "\nLast Paper\n" + Some.Abstract() + "\n";

        var results = Read(text);

        Assert.Equal(["First Paper", "Last Paper"], results.Select(r => r.Paper?.Title).OfType<string>());
        var rejections = results.Select(r => r.Rejection).OfType<Rejection>().ToList();
        Assert.Equal([3L, 4], rejections.Select(r => r.Source.Line));
        Assert.Equal("line is 2,000,000 characters, over the limit of 1,048,576; only its start is kept here", rejections[1].Reason);
        Assert.Equal(2_000_000, rejections[1].RawLength);
    }

    [Fact]
    public void Reader_CarriageReturnLineEndsAndByteOrderMark_ReadLikeLineFeeds()
    {
        var text = "\uFEFFFirst Paper\r" + Some.Abstract() + "\rSecond Paper\r\n" + Some.Abstract();

        var results = Read(text);

        Assert.Equal(["First Paper", "Second Paper"], results.Select(r => r.Paper?.Title));
        Assert.Equal([1L, 3], results.Select(r => r.Paper?.Source.Line ?? 0));
    }

    [Fact]
    public void Reader_TitleThatAsksAQuestion_IsStillTheTitle()
    {
        // Over 80 characters with a sentence break inside: alone, it reads like running text.
        const string question = "Does Reinforcement Learning Teach New Reasoning Skills? A Controlled Pass@k Study Across Model Families";
        var text = question + "\n" + Some.Abstract() + "\nSecond Paper\n" + Some.Abstract() + "\n" + question + " Again\n" + Some.Abstract() + "\n";

        var results = Read(text);

        Assert.Equal([question, "Second Paper", question + " Again"], results.Select(r => r.Paper?.Title));
    }

    [Fact]
    public void Reader_AbstractWithoutTitleAfterAnAbstract_IsRejectedWithLine()
    {
        var text = "First Paper\n" + Some.Abstract() + "\n" + Some.Abstract() + "\n";

        var results = Read(text);

        Assert.Equal("First Paper", results[0].Paper?.Title);
        var rejection = Assert.Single(results, r => r.Rejection is not null).Rejection;
        Assert.Equal(3, rejection?.Source.Line);
        Assert.Equal("abstract line without a title line before it", rejection?.Reason);
    }
}
