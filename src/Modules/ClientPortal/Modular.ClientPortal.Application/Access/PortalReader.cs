using Modular.ClientPortal.Domain.Companies;

namespace Modular.ClientPortal.Application.Access;

/// <summary>Who reads a company's documents: a client user (<see cref="UserId"/>), with their role in the company.</summary>
internal sealed record PortalReader(Guid CompanyId, Guid? UserId, string? ClientId, MemberRole Role);
