using System.Globalization;
using Modular.SharedKernel.Results;

namespace Modular.UnitTests.SharedKernel;

/// <summary>A size in each language's units: bytes under a kilobyte, kilobytes under a megabyte, megabytes above.</summary>
public sealed class ByteCountTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Theory]
    [InlineData(0, "0 octets", "0 bytes")]
    [InlineData(1023, "1023 octets", "1023 bytes")]
    [InlineData(1024, "1 Ko", "1 KB")]
    [InlineData(1536, "1,5 Ko", "1.5 KB")]
    [InlineData(1024 * 1024 - 1, "1024 Ko", "1024 KB")]
    [InlineData(1024 * 1024, "1 Mo", "1 MB")]
    [InlineData(5 * 1024 * 1024 / 2, "2,5 Mo", "2.5 MB")]
    [InlineData(50L * 1024 * 1024, "50 Mo", "50 MB")]
    public void A_size_is_written_in_the_largest_unit_it_reaches(long bytes, string french, string english)
    {
        Assert.Equal(french, new ByteCount(bytes).ToString(null, French));
        Assert.Equal(english, new ByteCount(bytes).ToString(null, English));
    }

    [Fact]
    public void Without_a_culture_the_current_one_writes_it()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = French;
            Assert.Equal("2 Ko", new ByteCount(2048).ToString());
            Assert.Equal("2 Ko", new ByteCount(2048).ToString(null, NumberFormatInfo.InvariantInfo));
            CultureInfo.CurrentCulture = English;
            Assert.Equal("2 KB", new ByteCount(2048).ToString());
            Assert.Equal("2 Ko", new ByteCount(2048).ToString(null, French));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void A_size_in_an_interpolated_text_follows_that_texts_culture() =>
        Assert.Equal("limite : 10 Mo", string.Create(French, $"limite : {new ByteCount(10 * 1024 * 1024)}"));
}
