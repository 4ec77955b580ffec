using System.Linq.Expressions;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Specifications;

namespace Modular.Portfolio.Domain.Establishments;

/// <summary>A firm's establishment by its SIRET (removed or not).</summary>
internal sealed class EstablishmentBySiretSpec : Specification<Establishment>
{
    public EstablishmentBySiretSpec(Guid firmId, string siret) => Query.Where(e => e.FirmId == firmId && e.Siret == siret);
}

/// <summary>A firm's establishments among these SIRETs (removed ones too), to be changed by a deposit.</summary>
internal sealed class EstablishmentsBySiretsSpec : Specification<Establishment>
{
    public EstablishmentsBySiretsSpec(Guid firmId, IReadOnlyCollection<string> sirets) => Query.Where(e => e.FirmId == firmId && sirets.Contains(e.Siret));
}

/// <summary>A firm's establishment by its id, read only.</summary>
internal sealed class EstablishmentByIdSpec : Specification<Establishment>
{
    public EstablishmentByIdSpec(Guid firmId, Guid id) => Query.Where(e => e.FirmId == firmId && e.Id == id).AsNoTracking();
}

/// <summary>The firm's establishments among these ids (removed ones too), to check a profile's choice.</summary>
internal sealed class EstablishmentsByIdsSpec : Specification<Establishment>
{
    public EstablishmentsByIdsSpec(Guid firmId, IReadOnlyCollection<Guid> ids) => Query.Where(e => e.FirmId == firmId && ids.Contains(e.Id)).AsNoTracking();
}

/// <summary>
/// A firm's establishments in the portfolio (not removed), by name then SIRET; a search matches the
/// start of the name's words (folded) or the SIRET's digits; filters by status, partner, due day;
/// within a collaborator's reach (<see cref="Profiles.ProfileReach"/>) when given, and one page of
/// them when asked.
/// </summary>
internal sealed class EstablishmentsOfFirmSpec : Specification<Establishment>
{
    public EstablishmentsOfFirmSpec(
        Guid firmId, string? search = null, bool? complete = null, string? partnerGroup = null, DueDay? dueDay = null, bool removed = false,
        Expression<Func<Establishment, bool>>? reach = null, (int Page, int Size)? page = null)
    {
        Query.Where(e => e.FirmId == firmId && (removed ? e.RemovedAt != null : e.RemovedAt == null));
        if (reach is not null)
        {
            Query.Where(reach);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var folded = SearchText.Fold(search);
            var digits = new string([.. search.Where(char.IsAsciiDigit)]);
            Query.Where(e => (e.SearchName != null && e.SearchName.Contains(folded)) || (digits.Length >= 3 && e.Siret.Contains(digits)));
        }

        if (complete is { } isComplete)
        {
            Query.Where(e => (e.Name != null && e.DueDay != null && e.PartnerGroup != null) == isComplete);
        }

        if (partnerGroup is not null)
        {
            Query.Where(e => e.PartnerGroup == partnerGroup);
        }

        if (dueDay is { } day)
        {
            Query.Where(e => e.DueDay == day);
        }

        Query.OrderBy(e => e.SearchName).ThenBy(e => e.Siret).AsNoTracking();
        if (page is { } asked)
        {
            Query.Page(asked.Page, asked.Size);
        }
    }
}
