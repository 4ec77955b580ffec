using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Security;

namespace Modular.ClientPortal.Contracts;

/// <summary>
/// A contract as an advisor types it: the premium is text (« 120 000 », « 120000.50 ») so that
/// what is not an amount gets the module's own message.
/// </summary>
public sealed record ContractInput(InsuranceLine Line, string? Number, string? AnnualPremium);

/// <summary>A contract of a client company with the insurer, its annual premium in Swiss francs.</summary>
public sealed record ContractDto(InsuranceLine Line, string Number, decimal AnnualPremiumChf);

public sealed record ClientCompanySummaryDto(Guid Id, string Name, string Uid, string City, bool Paperless, decimal TotalPremiumChf, int DocumentCount, int UserCount);

/// <summary>A person of a client company who reads its documents (an External account).</summary>
public sealed record ClientUserDto(Guid UserId, string Email, string DisplayName, ClientUserRole Role, bool IsActive, bool MfaEnabled);

/// <summary>A postal address as typed and shown: the country is empty for Switzerland.</summary>
public sealed record PortalPostalAddressDto(string? Name, string? Street, string? PostalCode, string? City, string? Country = null);

public sealed record ClientCompanyDto(
    Guid Id,
    string Name,
    string Uid,
    string Street,
    string PostalCode,
    string City,
    IReadOnlyList<ContractDto> Contracts,
    decimal TotalPremiumChf,
    Guid AdvisorId,
    string AdvisorName,
    bool Paperless,
    string? CopyEmail,
    PortalPostalAddressDto? CopyAddress,
    DateTimeOffset CreatedAt,
    IReadOnlyList<ClientUserDto> Users,
    IReadOnlyList<PortalDocumentDto> Documents,
    int DocumentCount);

/// <summary>
/// Adds a client company to the caller's insurer, the caller becoming its advisor. The UID is
/// checked by its check digit and must be new to the insurer; each contract needs a number and
/// an annual premium.
/// </summary>
[RequireRole(PortalScopes.AgentRole)]
public sealed record CreateClientCompanyCommand(
    string? Name,
    string? Uid,
    string? Street,
    string? PostalCode,
    string? City,
    IReadOnlyList<ContractInput> Contracts,
    bool Paperless,
    string? CopyEmail) : ICommand<Guid>;

/// <summary>
/// The insurer's client companies, by name; <paramref name="Search"/> matches the name or the UID.
/// For the insurer's agents, and its systems with a client-credentials token (to find a company's id).
/// </summary>
[RequireAuthenticated]
[RequireScope(PortalScopes.Publish)]
public sealed record ListClientCompaniesQuery(string? Search = null) : IQuery<IReadOnlyList<ClientCompanySummaryDto>>;

/// <summary>A client company of the caller's insurer, with its users and its latest documents.</summary>
[RequireRole(PortalScopes.AgentRole)]
public sealed record GetClientCompanyQuery(Guid CompanyId) : IQuery<ClientCompanyDto>;
