using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Specifications;

namespace Modular.Sharing.Domain.CaseFiles;

/// <summary>One case file of one owner: another person's id finds nothing, whatever their organisation.</summary>
internal sealed class CaseFileOfOwnerSpec : Specification<CaseFile>
{
    public CaseFileOfOwnerSpec(Guid caseFileId, Guid ownerId) =>
        Query.Where(c => c.Id == caseFileId && c.OwnerId == ownerId).Include(c => c.History).Include(c => c.RestorePoints);
}

/// <summary>The owner's copy of a lineage, if they have one.</summary>
internal sealed class CaseFileOfLineageSpec : Specification<CaseFile>
{
    public CaseFileOfLineageSpec(Guid lineageId, Guid ownerId) =>
        Query.Where(c => c.LineageId == lineageId && c.OwnerId == ownerId).Include(c => c.RestorePoints).Include(c => c.History);
}

/// <summary>"Mes dossiers": the owner's files, most recently changed first, filtered by the client's name.</summary>
internal sealed class MyCaseFilesSpec : Specification<CaseFile>
{
    public MyCaseFilesSpec(Guid ownerId, string? search, int page, int pageSize)
    {
        Query.Where(c => c.OwnerId == ownerId);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = SearchText.Fold(search);
            Query.Where(c => c.SearchName.Contains(term));
        }

        Query.OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id).Page(page, pageSize).AsNoTracking();
    }
}
