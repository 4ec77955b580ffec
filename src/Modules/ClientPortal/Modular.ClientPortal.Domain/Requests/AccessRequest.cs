using Modular.ClientPortal.Domain.Companies;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Domain.Requests;

/// <summary>Where an access request stands (twin of Contracts' AccessRequestStatus).</summary>
internal enum RequestState
{
    /// <summary>Waiting for an advisor.</summary>
    Pending,

    /// <summary>The advisor checked it: the company exists on the portal and the contact is invited.</summary>
    Approved,

    /// <summary>Refused by the advisor, with a reason.</summary>
    Refused,
}

/// <summary>A contract the requester names: its line and number (the premium is given in total).</summary>
internal sealed record RequestedContract(Line Line, string Number);

/// <summary>
/// « Demandez votre accès personnel via le formulaire en ligne »: a company's contact asks an
/// insurer for the portal. Kept only when the address is personal and the premium volume reaches
/// the threshold (otherwise refused at once, nothing kept); an advisor then approves or refuses it.
/// </summary>
internal sealed class AccessRequest : AggregateRoot<Guid>
{
    public const int NameMaxLength = 100;

    private readonly List<RequestedContract> _contracts = [];

    private AccessRequest(Guid id, Guid insurerId, string companyName, SwissUid uid, long premiumVolumeCentimes, string firstName, string lastName, string email, string phone, string language, DateTimeOffset now)
        : base(id)
    {
        InsurerId = insurerId;
        CompanyName = companyName;
        Uid = uid.Value;
        PremiumVolumeCentimes = premiumVolumeCentimes;
        FirstName = firstName;
        LastName = lastName;
        Email = email;
        Phone = phone;
        Language = language;
        SubmittedAt = now;
        State = RequestState.Pending;
    }

    private AccessRequest()
        : base(Guid.Empty)
    {
        CompanyName = "";
        Uid = "";
        FirstName = "";
        LastName = "";
        Email = "";
        Phone = "";
        Language = "";
    }

    public Guid InsurerId { get; private set; }

    public string CompanyName { get; private set; }

    public string Uid { get; private set; }

    public IReadOnlyList<RequestedContract> Contracts => _contracts;

    public long PremiumVolumeCentimes { get; private set; }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    /// <summary>A personal address (checked by <see cref="PersonalEmailRule"/>), lower case.</summary>
    public string Email { get; private set; }

    public string Phone { get; private set; }

    /// <summary>The requester's language (fr or en), for the emails that answer.</summary>
    public string Language { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public RequestState State { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedBy { get; private set; }

    public string? RefusalReason { get; private set; }

    /// <summary>The company the approval opened the portal for.</summary>
    public Guid? CompanyId { get; private set; }

    public static Result<AccessRequest> Submit(
        Guid insurerId, string? companyName, string? uidText, IReadOnlyList<(Line Line, string? Number)> contracts, string? premiumVolume,
        string? firstName, string? lastName, string? email, string? phone, string language, PersonalEmailRule emailRule, decimal minimumFrancs, string insurerName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        ArgumentNullException.ThrowIfNull(emailRule);
        var name = companyName?.Trim() ?? "";
        if (name.Length is 0 or > ClientCompany.NameMaxLength)
        {
            return PortalErrors.CompanyNameInvalid;
        }

        var uid = SwissUid.Parse(uidText);
        if (uid.IsFailure)
        {
            return uid.Error;
        }

        var named = new List<RequestedContract>();
        for (var i = 0; i < contracts.Count; i++)
        {
            var number = contracts[i].Number?.Trim() ?? "";
            if (number.Length is 0 or > Contract.NumberMaxLength || named.Any(c => string.Equals(c.Number, number, StringComparison.OrdinalIgnoreCase)))
            {
                return PortalErrors.ContractInvalid(i);
            }

            named.Add(new RequestedContract(contracts[i].Line, number));
        }

        if (named.Count == 0)
        {
            return PortalErrors.ContractsMissing;
        }

        if (SwissFrancs.ParseCentimes(premiumVolume) is not { } volume)
        {
            return PortalErrors.PremiumVolumeInvalid(premiumVolume);
        }

        var (first, last) = (firstName?.Trim() ?? "", lastName?.Trim() ?? "");
        if (first.Length is 0 or > NameMaxLength || last.Length is 0 or > NameMaxLength)
        {
            return PortalErrors.ContactNameInvalid;
        }

        var personal = emailRule.Check(email);
        if (personal.IsFailure)
        {
            return personal.Error;
        }

        if (SwissPhone(phone) is not { } phoneNumber)
        {
            return PortalErrors.PhoneInvalid;
        }

        if (!Eligibility.IsEligible(volume, minimumFrancs))
        {
            return PortalErrors.NotEligible(minimumFrancs, insurerName);
        }

        var request = new AccessRequest(Guid.CreateVersion7(now), insurerId, name, uid.Value, volume, first, last, personal.Value, phoneNumber, language, now);
        request._contracts.AddRange(named);
        return request;
    }

    /// <summary>
    /// A phone number in E.164 form: international as typed (+41…, 0041…), or Swiss national
    /// (« 021 345 67 89 », ten digits from 0) read as +41; null when it is not a number.
    /// </summary>
    public static string? SwissPhone(string? typed)
    {
        var digits = new string([.. (typed ?? "").Where(char.IsAsciiDigit)]);
        var national = (typed ?? "").Trim().Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (national.Length == 10 && national.All(char.IsAsciiDigit) && national[0] == '0' && national[1] != '0')
        {
            return "+41" + digits[1..];
        }

        return PhoneNumber.TryParse(typed)?.Value;
    }

    public Result Approve(Guid advisorId, Guid companyId, DateTimeOffset now)
    {
        if (State != RequestState.Pending)
        {
            return PortalErrors.RequestDecided;
        }

        State = RequestState.Approved;
        DecidedAt = now;
        DecidedBy = advisorId;
        CompanyId = companyId;
        return Result.Success();
    }

    public Result Refuse(Guid advisorId, string? reason, DateTimeOffset now)
    {
        if (State != RequestState.Pending)
        {
            return PortalErrors.RequestDecided;
        }

        var trimmed = reason?.Trim() ?? "";
        if (trimmed.Length is 0 or > 1000)
        {
            return PortalErrors.RefusalReasonInvalid;
        }

        State = RequestState.Refused;
        DecidedAt = now;
        DecidedBy = advisorId;
        RefusalReason = trimmed;
        return Result.Success();
    }
}
