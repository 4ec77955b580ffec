using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Domain.Establishments;
using Responsibilities = Modular.Portfolio.Domain.Profiles.Responsibilities;

namespace Modular.Portfolio.Application.Establishments;

/// <summary>What a list of the portfolio asks the database, for the whole list and for one page of it.</summary>
internal static class EstablishmentListing
{
    /// <summary>
    /// The caller's establishments that match the filters, within their reach; nothing at all (null)
    /// when a collaborator asks for the removed ones, which are the administrator's history only.
    /// </summary>
    public static EstablishmentsOfFirmSpec? For(
        PortfolioCaller caller, string? search, Contracts.EstablishmentStatus? status, string? partnerGroup, Contracts.DueDay? dueDay, (int Page, int Size)? page = null)
    {
        var removed = status == Contracts.EstablishmentStatus.Removed;
        if (removed && !caller.IsAdministrator)
        {
            return null;
        }

        bool? complete = status switch
        {
            Contracts.EstablishmentStatus.ToComplete => false,
            Contracts.EstablishmentStatus.Complete => true,
            _ => null,
        };
        return new EstablishmentsOfFirmSpec(caller.FirmId, search, complete, partnerGroup, (DueDay?)dueDay, removed, caller.Reach(Responsibilities.View), page);
    }
}
