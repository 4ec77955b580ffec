using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Domain.Companies;

/// <summary>
/// A corporate client of an insurer (the organisation that publishes to it): identified by its UID,
/// with its contracts, its advisor (an agent of the insurer), whether it also gets paper, and an
/// optional third-party address that receives a copy of each new document.
/// </summary>
internal sealed class ClientCompany : AggregateRoot<Guid>
{
    public const int NameMaxLength = 200;

    private readonly List<Contract> _contracts = [];

    private ClientCompany(Guid id, Guid insurerId, string name, SwissUid uid, string street, string postalCode, string city, Guid advisorId, bool paperless, string? copyEmail, DateTimeOffset now)
        : base(id)
    {
        InsurerId = insurerId;
        Name = name;
        SearchName = SearchText.Fold(name);
        Uid = uid.Value;
        Street = street;
        PostalCode = postalCode;
        City = city;
        AdvisorId = advisorId;
        Paperless = paperless;
        CopyEmail = copyEmail;
        CreatedAt = now;
    }

    private ClientCompany()
        : base(Guid.Empty)
    {
        Name = "";
        SearchName = "";
        Uid = "";
        Street = "";
        PostalCode = "";
        City = "";
    }

    /// <summary>The insurer's organisation.</summary>
    public Guid InsurerId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The name folded for search (lower case, no accents).</summary>
    public string SearchName { get; private set; }

    /// <summary>In the official form <c>CHE-123.456.789</c>.</summary>
    public string Uid { get; private set; }

    public string Street { get; private set; }

    public string PostalCode { get; private set; }

    public string City { get; private set; }

    public IReadOnlyList<Contract> Contracts => _contracts;

    /// <summary>The agent of the insurer the company turns to.</summary>
    public Guid AdvisorId { get; private set; }

    /// <summary>True: documents only on the portal; false: each new document is also posted.</summary>
    public bool Paperless { get; private set; }

    /// <summary>A third-party email address that receives a copy of each new document (attached).</summary>
    public string? CopyEmail { get; private set; }

    /// <summary>Or a third party's postal address that receives a paper copy of each new document.</summary>
    public CopyPostalAddress? CopyAddress { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public long TotalPremiumCentimes => _contracts.Sum(c => c.AnnualPremiumCentimes);

    public static Result<ClientCompany> Create(
        Guid insurerId, string? name, SwissUid uid, string? street, string? postalCode, string? city,
        IReadOnlyList<Contract> contracts, Guid advisorId, bool paperless, string? copyEmail, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(uid);
        ArgumentNullException.ThrowIfNull(contracts);
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > NameMaxLength)
        {
            return PortalErrors.CompanyNameInvalid;
        }

        var (s, p, c) = (street?.Trim() ?? "", postalCode?.Trim() ?? "", city?.Trim() ?? "");
        if (s.Length is 0 or > 200 || p.Length != 4 || !p.All(char.IsAsciiDigit) || c.Length is 0 or > 100)
        {
            return PortalErrors.AddressInvalid;
        }

        var copy = ReadCopyEmail(copyEmail);
        if (copy.IsFailure)
        {
            return copy.Error!;
        }

        var company = new ClientCompany(Guid.CreateVersion7(now), insurerId, trimmed, uid, s, p, c, advisorId, paperless, copy.Value, now);
        company._contracts.AddRange(contracts);
        return company;
    }

    /// <summary>
    /// How the company gets its documents: paperless or also by post, and the third party that
    /// receives a copy of each: an email address, or a postal address (read by
    /// <see cref="CopyPostalAddress.Read"/>), or none; never both.
    /// </summary>
    public Result UpdateDelivery(bool paperless, string? copyEmail, CopyPostalAddress? copyAddress = null)
    {
        if (!string.IsNullOrWhiteSpace(copyEmail) && copyAddress is not null)
        {
            return PortalErrors.CopyAddressBoth;
        }

        var copy = ReadCopyEmail(copyEmail);
        if (copy.IsFailure)
        {
            return copy.Error!;
        }

        Paperless = paperless;
        CopyEmail = copy.Value;
        CopyAddress = copyAddress;
        return Result.Success();
    }

    /// <summary>A third-party copy email as typed: empty is none, anything else must be an address.</summary>
    private static Result<string?> ReadCopyEmail(string? typed) =>
        string.IsNullOrWhiteSpace(typed) ? Result<string?>.Success(null)
        : EmailAddress.TryParse(typed) is { } address ? Result<string?>.Success(address.Value)
        : PortalErrors.CopyAddressInvalid;

    /// <summary>
    /// Contracts as typed: each needs a number (once per company) and a premium that is an amount.
    /// </summary>
    public static Result<IReadOnlyList<Contract>> ReadContracts(IReadOnlyList<(Line Line, string? Number, string? Premium)> typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var contracts = new List<Contract>();
        for (var i = 0; i < typed.Count; i++)
        {
            var number = typed[i].Number?.Trim() ?? "";
            if (number.Length is 0 or > Contract.NumberMaxLength || contracts.Any(c => string.Equals(c.Number, number, StringComparison.OrdinalIgnoreCase)))
            {
                return PortalErrors.ContractInvalid(i);
            }

            if (SwissFrancs.ParseCentimes(typed[i].Premium) is not { } premium)
            {
                return PortalErrors.PremiumInvalid(i, typed[i].Premium);
            }

            contracts.Add(new Contract(typed[i].Line, number, premium));
        }

        return contracts;
    }
}
