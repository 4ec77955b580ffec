using Modular.SharedKernel.Results;
using Modular.Vault.Domain.People;

namespace Modular.UnitTests.Vault;

/// <summary>What the directory keeps of a person's details, and which field each refusal names.</summary>
public sealed class PersonDetailsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private static PersonDetails Details(
        string? lastName = "Dupont", string? firstName = "Alain", string? email = null, string? line1 = null, string? line2 = null,
        string? postalCode = null, string? city = null, string? country = null) =>
        new(lastName, firstName, null, email, null, line1, line2, postalCode, city, country);

    private static Result<Person> Create(PersonDetails details) => Person.Create(Guid.NewGuid(), "Cabinet Démo", details, Guid.NewGuid(), Now);

    private static string? CodeOf(Result<Person> refused, string field) => Assert.Single(refused.Error!.FieldCauses[field])?.Code;

    [Fact]
    public void A_person_without_first_name_is_shown_by_the_last_name_in_capitals() =>
        Assert.Equal("DUPONT", Create(Details(firstName: null)).Value.DisplayName);

    [Fact]
    public void The_email_is_kept_in_lower_case() =>
        Assert.Equal("alain.dupont@example.fr", Create(Details(email: " Alain.Dupont@Example.FR ")).Value.Email);

    [Fact]
    public void A_postal_address_is_in_france_unless_another_country_is_typed()
    {
        var inFrance = Create(Details(line1: "12 avenue Foch", postalCode: "75016", city: "Paris")).Value;
        var abroad = Create(Details(line1: "Rue Neuve 1", postalCode: "1000", city: "Bruxelles", country: "Belgique")).Value;

        Assert.Equal("France", inFrance.Country);
        Assert.True(inFrance.HasPostalAddress);
        Assert.Equal("Belgique", abroad.Country);
    }

    [Fact]
    public void Without_an_address_no_country_is_kept()
    {
        var person = Create(Details(country: "Belgique")).Value;

        Assert.Null(person.Country);
        Assert.False(person.HasPostalAddress);
    }

    [Theory]
    [InlineData(null, "Bât. B", null, null, "AddressLine1")]
    [InlineData(null, null, "75016", null, "AddressLine1")]
    [InlineData(null, null, null, "Paris", "AddressLine1")]
    [InlineData("12 avenue Foch", null, null, "Paris", "PostalCode")]
    [InlineData("12 avenue Foch", null, "75016", null, "City")]
    public void Any_part_of_an_address_asks_for_the_street_the_postal_code_and_the_city(string? line1, string? line2, string? postalCode, string? city, string field)
    {
        var refused = Create(Details(line1: line1, line2: line2, postalCode: postalCode, city: city));

        Assert.Equal([field], refused.Error!.FieldErrors.Keys);
        Assert.Equal("person-address-incomplete", CodeOf(refused, field));
    }

    [Fact]
    public void A_name_of_100_characters_is_kept_and_one_more_is_refused()
    {
        Assert.Equal(new string('a', 100), Create(Details(lastName: new string('a', 100))).Value.LastName);

        var refused = Create(Details(lastName: new string('a', 101)));

        Assert.Equal("person-field-too-long", CodeOf(refused, "LastName"));
        Assert.Equal(100, Assert.Single(refused.Error!.FieldCauses["LastName"][0]!.Arguments));
    }

    [Fact]
    public void A_field_with_invisible_characters_is_refused()
    {
        var refused = Create(Details(firstName: "Al\u0007ain"));

        Assert.Equal(["FirstName"], refused.Error!.FieldErrors.Keys);
        Assert.Equal("person-field-invisible", CodeOf(refused, "FirstName"));
    }

    [Fact]
    public void Details_are_required_to_update_a_person() =>
        Assert.Throws<ArgumentNullException>(() => Create(Details()).Value.Update(null!));
}
