using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;

namespace Modular.Vault.Domain.People;

/// <summary>What an agent types about a person of the directory; everything but the last name is optional.</summary>
internal sealed record PersonDetails(
    string? LastName,
    string? FirstName,
    string? Company,
    string? Email,
    string? Mobile,
    string? AddressLine1,
    string? AddressLine2,
    string? PostalCode,
    string? City,
    string? Country);

/// <summary>
/// A person (or a company's contact) of the vault's directory, "Personnes et sociétés". The ways to
/// reach them decide how an invitation travels: the link by email, else by letter; the code by SMS,
/// else by phone. Once they accept an invitation (or give their personal identification code) the
/// person is linked to their account, and their grants apply to it.
/// </summary>
internal sealed class Person : AggregateRoot<Guid>
{
    public const int MaxNameLength = 100;
    public const int MaxLineLength = 200;

    private Person()
        : base(Guid.Empty)
    {
        LastName = "";
        SearchText = "";
        OrganisationName = "";
    }

    private Person(Guid id, Guid organisationId, string organisationName, Guid createdBy, DateTimeOffset now)
        : base(id)
    {
        OrganisationId = organisationId;
        OrganisationName = organisationName;
        CreatedBy = createdBy;
        CreatedAt = now;
        LastName = "";
        SearchText = "";
    }

    public Guid OrganisationId { get; private set; }

    /// <summary>The vault's organisation as the person sees it (kept for their list of vaults).</summary>
    public string OrganisationName { get; private set; }

    public string LastName { get; private set; }

    public string? FirstName { get; private set; }

    public string? Company { get; private set; }

    public string? Email { get; private set; }

    /// <summary>E.164, e.g. +33612345678.</summary>
    public string? Mobile { get; private set; }

    public string? AddressLine1 { get; private set; }

    public string? AddressLine2 { get; private set; }

    public string? PostalCode { get; private set; }

    public string? City { get; private set; }

    public string? Country { get; private set; }

    /// <summary>Lower case, without accents: names, company and email, for the directory search.</summary>
    public string SearchText { get; private set; }

    /// <summary>The account of the person, once they accepted an invitation or gave their personal code.</summary>
    public Guid? LinkedUserId { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>As the directory shows it: « DUPONT Alain ».</summary>
    public string DisplayName => FirstName is null ? LastName.ToUpperInvariant() : $"{LastName.ToUpperInvariant()} {FirstName}";

    public bool HasPostalAddress => AddressLine1 is not null && PostalCode is not null && City is not null;

    public static Result<Person> Create(Guid organisationId, string organisationName, PersonDetails details, Guid createdBy, DateTimeOffset now)
    {
        var person = new Person(Guid.CreateVersion7(now), organisationId, organisationName, createdBy, now);
        var updated = person.Update(details);
        return updated.IsFailure ? updated.Error! : person;
    }

    /// <summary>Replaces the details; all fields are checked together and nothing changes when one is wrong.</summary>
    public Result Update(PersonDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var errors = new Dictionary<string, Error>();
        var lastName = Clean(details.LastName, MaxNameLength, nameof(details.LastName), errors);
        if (lastName is null && !errors.ContainsKey(nameof(details.LastName)))
        {
            errors[nameof(details.LastName)] = VaultErrors.PersonNameRequired;
        }

        var firstName = Clean(details.FirstName, MaxNameLength, nameof(details.FirstName), errors);
        var company = Clean(details.Company, MaxLineLength, nameof(details.Company), errors);
        var email = Clean(details.Email, EmailAddress.MaxLength, nameof(details.Email), errors);
        if (email is not null)
        {
            if (EmailAddress.TryParse(email) is { } parsed)
            {
                email = parsed.Value;
            }
            else
            {
                errors[nameof(details.Email)] = VaultErrors.PersonEmailInvalid(email);
            }
        }

        string? mobile = null;
        if (Clean(details.Mobile, 40, nameof(details.Mobile), errors) is { } typed)
        {
            var parsed = MobileNumber.Parse(typed);
            if (parsed.IsFailure)
            {
                errors[nameof(details.Mobile)] = parsed.Error!;
            }
            else
            {
                mobile = parsed.Value;
            }
        }

        var line1 = Clean(details.AddressLine1, MaxLineLength, nameof(details.AddressLine1), errors);
        var line2 = Clean(details.AddressLine2, MaxLineLength, nameof(details.AddressLine2), errors);
        var postalCode = Clean(details.PostalCode, 20, nameof(details.PostalCode), errors);
        var city = Clean(details.City, MaxNameLength, nameof(details.City), errors);
        var country = Clean(details.Country, MaxNameLength, nameof(details.Country), errors);
        var anyAddress = line1 is not null || line2 is not null || postalCode is not null || city is not null;
        if (anyAddress && (line1 is null || postalCode is null || city is null))
        {
            errors[line1 is null ? nameof(details.AddressLine1) : postalCode is null ? nameof(details.PostalCode) : nameof(details.City)] = VaultErrors.PersonAddressIncomplete;
        }

        if (errors.Count > 0)
        {
            return VaultErrors.PersonInvalid(errors);
        }

        LastName = lastName!;
        FirstName = firstName;
        Company = company;
        Email = email;
        Mobile = mobile;
        AddressLine1 = line1;
        AddressLine2 = line2;
        PostalCode = postalCode;
        City = city;
        Country = anyAddress ? country ?? "France" : null;
        SearchText = Modular.SharedKernel.Domain.SearchText.Fold($"{lastName} {firstName} {company} {email}");
        return Result.Success();
    }

    /// <summary>Links the person to their account; a person already linked to another account is refused.</summary>
    public Result LinkAccount(Guid userId)
    {
        if (LinkedUserId is { } linked && linked != userId)
        {
            return VaultErrors.PersonLinkedElsewhere;
        }

        LinkedUserId = userId;
        return Result.Success();
    }

    private static string? Clean(string? value, int maxLength, string field, Dictionary<string, Error> errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            errors[field] = VaultErrors.PersonFieldTooLong(maxLength);
            return null;
        }

        if (trimmed.Any(char.IsControl))
        {
            errors[field] = VaultErrors.PersonFieldInvisible;
            return null;
        }

        return trimmed;
    }
}
