using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Documents;

namespace Modular.ClientPortal.Application;

internal static class PortalMapping
{
    public static InsuranceLine ToContract(this Line line) => (InsuranceLine)(int)line;

    public static Line ToDomain(this InsuranceLine line) => (Line)(int)line;

    public static PortalDocumentType ToContract(this DocumentKind kind) => (PortalDocumentType)(int)kind;

    public static DocumentKind ToDomain(this PortalDocumentType type) => (DocumentKind)(int)type;

    public static ClientUserRole ToContract(this MemberRole role) => (ClientUserRole)(int)role;

    public static MemberRole ToDomain(this ClientUserRole role) => Enum.IsDefined(role) ? (MemberRole)(int)role : MemberRole.User;

    public static ContractDto ToDto(this Contract contract) =>
        new(contract.Line.ToContract(), contract.Number, SwissFrancs.ToFrancs(contract.AnnualPremiumCentimes));

    public static PortalDocumentDto ToDto(this PortalDocument document) => new(
        document.Id,
        document.CompanyId,
        document.Line.ToContract(),
        document.Kind.ToContract(),
        document.Title,
        document.DocumentDate,
        document.FileName,
        document.Size,
        document.Sha256,
        (PortalTextStatus)(int)document.TextStatus,
        document.PublishedAt,
        document.ExpiresAt);
}
