using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain.Seeding;

namespace Modular.Portfolio.Application.Seeding;

internal static class SeedingMapping
{
    public static SeedingRequestDto ToDto(this SeedingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new SeedingRequestDto(
            request.Id, request.PartnerGroup, request.ContactEmail, (Contracts.SeedingStatus)request.Status, request.RequestedAt, request.RemindedAt, request.AnsweredAt);
    }
}
