using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Specifications;

namespace Modular.UnitTests.SharedKernel;

public sealed class ResultAndSpecificationTests
{
    private sealed record Item(string Name, int Size, Owner? Owner = null);

    private sealed record Owner(string Name, Address Address);

    private sealed record Address(string City);

    private sealed class AnySpec : Specification<Item>
    {
        public SpecificationBuilder<Item> Builder => Query;
    }

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

    [Fact]
    public void Reading_the_value_of_a_failure_names_its_code()
    {
        Result<int> failed = Error.Gone("key-used", "Clé déjà utilisée");

        var thrown = Assert.Throws<InvalidOperationException>(() => failed.Value);

        Assert.Equal("The result failed with 'key-used' and has no value.", thrown.Message);
    }

    [Fact]
    public void A_background_consumer_gets_the_value_of_a_success()
    {
        Result<int> ok = 21;

        Assert.Equal(21, ok.OrThrow("Import"));
    }

    [Fact]
    public void A_background_consumer_turns_a_failure_into_an_exception_naming_its_code()
    {
        Result<int> failed = Error.Gone("key-used", "Clé déjà utilisée");

        var thrown = Assert.Throws<InvalidOperationException>(() => failed.OrThrow("Import"));

        Assert.Equal("Import failed: key-used (Clé déjà utilisée)", thrown.Message);
        Assert.Throws<ArgumentNullException>("result", () => ((Result<int>)null!).OrThrow("Import"));
    }

    [Theory]
    [InlineData(90, 2, 90)]
    [InlineData(10, 1, 10)]
    [InlineData(0.5, 1, 1)]
    [InlineData(3600, 60, 3600)]
    public void A_throttles_refusal_says_the_wait_in_whole_minutes_and_in_seconds_for_the_header(double waitSeconds, int minutes, int seconds)
    {
        var error = Error.Throttled("too-many", TimeSpan.FromSeconds(waitSeconds), m => $"Réessayez dans {m} min.");

        Assert.Equal((ErrorKind.TooManyRequests, "too-many", $"Réessayez dans {minutes} min."), (error.Kind, error.Code, error.Message));
        Assert.Equal([minutes], error.Arguments);
        Assert.Equal(seconds, error.Extensions["retryAfter"]);
    }

    [Fact]
    public void A_throttles_refusal_needs_its_message() =>
        Assert.Throws<ArgumentNullException>("message", () => Error.Throttled("too-many", TimeSpan.FromMinutes(1), null!));

    [Fact]
    public void A_field_refused_for_a_coded_error_carries_that_error_and_its_text()
    {
        var cause = Error.Invalid("name-too-long", "Le nom est trop long.");

        var failure = ValidationFailure.Of("Name", cause);

        Assert.Equal(("Name", "Le nom est trop long.", cause), (failure.Property, failure.Message, failure.Cause));
        Assert.Throws<ArgumentNullException>("cause", () => ValidationFailure.Of("Name", null!));
    }

    [Fact]
    public void Orders_are_recorded_first_then_each_following_one_in_its_direction()
    {
        var spec = new AnySpec();

        spec.Builder.OrderByDescending(i => i.Size).ThenBy(i => i.Name).ThenByDescending(i => i.Name.Length);

        Assert.Equal([(true, false), (false, true), (true, true)], spec.OrderBy.Select(o => (o.Descending, o.IsThenBy)));
    }

    [Fact]
    public void An_ascending_order_is_recorded_as_the_first_one()
    {
        var spec = new AnySpec();

        spec.Builder.OrderBy(i => i.Size);

        Assert.Equal((false, false), (spec.OrderBy[0].Descending, spec.OrderBy[0].IsThenBy));
    }

    [Fact]
    public void Navigations_to_load_are_recorded_as_dotted_paths()
    {
        var spec = new AnySpec();

        spec.Builder.Include(i => i.Owner!.Address).Include(i => (object)i.Owner!).Include("Owner.Address.City");

        Assert.Equal(["Owner.Address", "Owner", "Owner.Address.City"], spec.Includes);
    }

    [Fact]
    public void Only_a_property_path_can_be_included()
    {
        var thrown = Assert.Throws<ArgumentException>("expression", () => new AnySpec().Builder.Include(i => i.Name.ToUpperInvariant()));

        Assert.StartsWith("'i.Name.ToUpperInvariant()' is not a navigation property path.", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Skip_and_take_are_recorded_and_refuse_impossible_counts()
    {
        var spec = new AnySpec();

        spec.Builder.OrderBy(i => i.Size).Skip(0).Take(1);

        Assert.Equal((0, 1), (spec.Skip, spec.Take));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnySpec().Builder.Skip(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnySpec().Builder.Take(0));
    }

    [Fact]
    public void An_ordered_query_can_skip_take_or_page()
    {
        var (skipped, taken, paged) = (new AnySpec(), new AnySpec(), new AnySpec());

        skipped.Builder.OrderBy(i => i.Size).Skip(3);
        taken.Builder.OrderBy(i => i.Size).Take(4);
        paged.Builder.OrderBy(i => i.Size).Page(3, 5);

        Assert.Equal((3, (int?)null), (skipped.Skip, skipped.Take));
        Assert.Equal(((int?)null, 4), (taken.Skip, taken.Take));
        Assert.Equal((10, 5), (paged.Skip, paged.Take));
    }

    [Fact]
    public void A_query_reads_past_the_stores_filters_only_when_asked()
    {
        var (plain, all, orderedAll) = (new AnySpec(), new AnySpec(), new AnySpec());

        all.Builder.IgnoreQueryFilters();
        orderedAll.Builder.OrderBy(i => i.Size).IgnoreQueryFilters();

        Assert.False(plain.IgnoreQueryFilters);
        Assert.True(all.IgnoreQueryFilters);
        Assert.True(orderedAll.IgnoreQueryFilters);
    }

    [Fact]
    public void An_ordered_query_can_be_read_only_and_carry_on_with_criteria()
    {
        var spec = new AnySpec();

        spec.Builder.OrderBy(i => i.Size).AsNoTracking().Where(i => i.Size > 1);
        var ordered = new AnySpec();
        ordered.Builder.OrderBy(i => i.Size).Builder.Where(i => i.Size > 2);

        Assert.True(spec.AsNoTracking);
        Assert.Single(spec.Criteria);
        Assert.Single(ordered.Criteria);
    }
}
