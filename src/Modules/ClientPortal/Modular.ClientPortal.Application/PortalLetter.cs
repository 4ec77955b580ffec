using Modular.ClientPortal.Application.Ports;

namespace Modular.ClientPortal.Application;

/// <summary>One email of the portal to one client user: their company and the documents it lists.</summary>
internal sealed record PortalLetter(Guid UserId, Guid CompanyId, Guid InsurerId, string CompanyName, IReadOnlyList<MailDocument> Documents);
