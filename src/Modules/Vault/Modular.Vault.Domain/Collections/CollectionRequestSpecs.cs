using Modular.SharedKernel.Specifications;

namespace Modular.Vault.Domain.Collections;

internal sealed class CollectionRequestByTokenHashSpec : Specification<CollectionRequest>
{
    public CollectionRequestByTokenHashSpec(byte[] tokenHash) => Query.Where(c => c.TokenHash == tokenHash).AsNoTracking();
}

/// <summary>A request of one organisation: another organisation's id finds nothing.</summary>
internal sealed class CollectionRequestOfOrganisationSpec : Specification<CollectionRequest>
{
    public CollectionRequestOfOrganisationSpec(Guid requestId, Guid organisationId) => Query.Where(c => c.Id == requestId && c.OrganisationId == organisationId);
}

/// <summary>The requests made to a person or for a folder (either may be null), newest first.</summary>
internal sealed class CollectionRequestsSpec : Specification<CollectionRequest>
{
    public CollectionRequestsSpec(Guid organisationId, Guid? personId, Guid? folderId)
    {
        Query.Where(c => c.OrganisationId == organisationId);
        if (personId is { } person)
        {
            Query.Where(c => c.PersonId == person);
        }

        if (folderId is { } folder)
        {
            Query.Where(c => c.FolderId == folder);
        }

        Query.OrderByDescending(c => c.CreatedAt).AsNoTracking();
    }
}

/// <summary>Requests whose automatic reminder may be due: not cancelled, not reminded yet, closing within the lead but not closed.</summary>
internal sealed class CollectionRequestsToRemindSpec : Specification<CollectionRequest>
{
    public CollectionRequestsToRemindSpec(DateTimeOffset now, int take)
    {
        var horizon = now + CollectionRequest.AutomaticReminderLead;
        Query.Where(c => c.CancelledAt == null && c.AutomaticReminderAt == null && c.ClosesAt <= horizon && c.ClosesAt > now)
            .OrderBy(c => c.ClosesAt).Take(take).AsNoTracking();
    }
}

/// <summary>The requests of a folder not cancelled yet, to cancel with it (tracked).</summary>
internal sealed class UncancelledCollectionRequestsOfFolderSpec : Specification<CollectionRequest>
{
    public UncancelledCollectionRequestsOfFolderSpec(Guid folderId) => Query.Where(c => c.FolderId == folderId && c.CancelledAt == null);
}
