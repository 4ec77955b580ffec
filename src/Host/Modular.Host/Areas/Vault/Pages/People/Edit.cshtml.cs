using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Vault.Contracts;

namespace Modular.Host.Areas.Vault.Pages.People;

/// <summary>A person of the directory, new or edited: name, company and the ways to reach them.</summary>
public sealed class PersonEditModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty]
    public PersonForm Input { get; set; } = new();

    public Guid? PersonId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        PersonId = id;
        if (id is not { } personId)
        {
            return Page();
        }

        var result = await Mediator.Send(new GetPersonQuery(personId), cancellationToken);
        if (result.IsFailure)
        {
            return NotFound();
        }

        Input = PersonForm.From(result.Value.Person);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        PersonId = id;
        var input = Input.ToInput();
        if (id is { } personId)
        {
            var updated = await Mediator.Send(new UpdatePersonCommand(personId, input), cancellationToken);
            if (updated.IsFailure && updated.Error.Code == VaultErrorCodes.PersonNotFound)
            {
                return NotFound();
            }

            if (updated.IsFailure)
            {
                AddErrors(updated.Error);
                return Page();
            }

            StatusMessage = L["Vault.People.Saved"];
            return RedirectToPage("/People/Details", new { area = "Vault", id = personId });
        }

        var created = await Mediator.Send(new CreatePersonCommand(input), cancellationToken);
        if (created.IsFailure)
        {
            AddErrors(created.Error);
            return Page();
        }

        StatusMessage = L["Vault.People.Created"];
        return RedirectToPage("/People/Details", new { area = "Vault", id = created.Value });
    }

    public sealed class PersonForm
    {
        public string? LastName { get; set; }

        public string? FirstName { get; set; }

        public string? Company { get; set; }

        public string? Email { get; set; }

        public string? Mobile { get; set; }

        public string? AddressLine1 { get; set; }

        public string? AddressLine2 { get; set; }

        public string? PostalCode { get; set; }

        public string? City { get; set; }

        public string? Country { get; set; }

        public static PersonForm From(PersonDto person) => new()
        {
            LastName = person.LastName,
            FirstName = person.FirstName,
            Company = person.Company,
            Email = person.Email,
            Mobile = person.Mobile,
            AddressLine1 = person.AddressLine1,
            AddressLine2 = person.AddressLine2,
            PostalCode = person.PostalCode,
            City = person.City,
            Country = person.Country,
        };

        public PersonInput ToInput() => new(LastName, FirstName, Company, Email, Mobile, AddressLine1, AddressLine2, PostalCode, City, Country);
    }
}
