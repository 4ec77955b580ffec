using Modular.SharedKernel.Results;
using Modular.SharedKernel.Specifications;

namespace Modular.UnitTests.SharedKernel;

public sealed class ResultAndSpecificationTests
{
    private sealed record Item(string Name, int Size);

    private sealed class BigItemsSpec : Specification<Item>
    {
        public BigItemsSpec(int minimum) => Query.Where(i => i.Size >= minimum).Where(i => i.Name.Length > 0).OrderBy(i => i.Size).ThenByDescending(i => i.Name).Page(2, 10);
    }

    [Fact]
    public void A_failed_result_has_no_value_and_says_why()
    {
        Result<int> failed = Error.Gone("key-used", "Clé déjà utilisée pour importer un fichier");

        Assert.True(failed.IsFailure);
        Assert.Equal(ErrorKind.Gone, failed.Error!.Kind);
        Assert.Throws<InvalidOperationException>(() => failed.Value);
        Assert.Equal("key-used", failed.Map(v => v * 2).Error!.Code);
    }

    [Fact]
    public void A_successful_result_carries_its_value()
    {
        Result<int> ok = 21;

        Assert.True(ok.IsSuccess);
        Assert.Equal(42, ok.Map(v => v * 2).Value);
    }

    [Fact]
    public void Error_extensions_are_added_without_changing_the_original()
    {
        var error = Error.Forbidden("code-invalid", "Code incorrect.");

        var withAttempts = error.WithExtension("attemptsLeft", 3);

        Assert.Empty(error.Extensions);
        Assert.Equal(3, withAttempts.Extensions["attemptsLeft"]);
    }

    [Fact]
    public void A_specification_records_its_query_and_checks_a_loaded_object()
    {
        var spec = new BigItemsSpec(5);

        Assert.Equal(2, spec.Criteria.Count);
        Assert.Equal([false, true], spec.OrderBy.Select(o => o.IsThenBy));
        Assert.Equal(10, spec.Skip);
        Assert.Equal(10, spec.Take);
        Assert.True(spec.IsSatisfiedBy(new Item("big", 7)));
        Assert.False(spec.IsSatisfiedBy(new Item("small", 2)));
    }
}
