using Modular.SharedKernel.Results;

namespace Modular.UnitTests.SharedKernel;

public sealed class PagedListTests
{
    [Theory]
    [InlineData(0, 10, 1)]
    [InlineData(1, 10, 1)]
    [InlineData(10, 10, 1)]
    [InlineData(11, 10, 2)]
    [InlineData(30, 10, 3)]
    public void The_page_count_rounds_up_and_an_empty_list_has_one_page(int total, int pageSize, int pages) =>
        Assert.Equal(pages, new PagedList<int>([], 1, pageSize, total).PageCount);

    [Theory]
    [InlineData(1, false, true)]
    [InlineData(2, true, true)]
    [InlineData(3, true, false)]
    [InlineData(4, true, false)]
    public void A_page_has_a_previous_one_after_the_first_and_a_next_one_before_the_last(int page, bool previous, bool next)
    {
        var list = new PagedList<int>([], page, 10, 25);

        Assert.Equal((previous, next), (list.HasPrevious, list.HasNext));
    }

    [Fact]
    public void The_only_page_of_an_empty_list_has_neither_previous_nor_next()
    {
        var list = new PagedList<int>([], 1, 10, 0);

        Assert.False(list.HasPrevious);
        Assert.False(list.HasNext);
    }
}
