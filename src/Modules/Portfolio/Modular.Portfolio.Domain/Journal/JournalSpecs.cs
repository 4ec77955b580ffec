using Modular.SharedKernel.Specifications;

namespace Modular.Portfolio.Domain.Journal;

/// <summary>An establishment's journal, the latest first (the most recent <paramref name="take"/> lines).</summary>
internal sealed class JournalOfEstablishmentSpec : Specification<JournalEntry>
{
    public JournalOfEstablishmentSpec(Guid establishmentId, int take) =>
        Query.Where(j => j.EstablishmentId == establishmentId).OrderByDescending(j => j.At).ThenByDescending(j => j.Id).Take(take).AsNoTracking();
}
