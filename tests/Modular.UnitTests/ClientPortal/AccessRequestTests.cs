using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Requests;
using Modular.SharedKernel.Results;

namespace Modular.UnitTests.ClientPortal;

/// <summary>A company's contact asks for the portal: what the form needs, in the order it is checked, and the advisor's decision.</summary>
public sealed class AccessRequestTests
{
    internal static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static readonly PersonalEmailRule Rule = new(PersonalEmailRule.DefaultRoleLocalParts, PersonalEmailRule.DefaultFreeMailDomains);

    private static readonly (Line, string?)[] OneContract = [(Line.Laa, "LAA-1")];

    internal static Result<AccessRequest> Submit(
        Guid? insurerId = null, string? companyName = "Menuiserie Favre SA", string? uid = "CHE-109.322.551", IReadOnlyList<(Line Line, string? Number)>? contracts = null,
        string? premiumVolume = "320 000", string? firstName = "Anne", string? lastName = "Meyer", string? email = "anne.meyer@favre.ch", string? phone = "021 345 67 89",
        DateTimeOffset? at = null) =>
        AccessRequest.Submit(
            insurerId ?? Guid.NewGuid(), companyName, uid, contracts ?? OneContract, premiumVolume, firstName, lastName, email, phone, "fr", Rule,
            Eligibility.DefaultMinimumFrancs, "Visana", at ?? Now);

    private static string? CodeOf(Result<AccessRequest> submitted) => submitted.Error?.Code;

    private static string Text(int length) => new('x', length);

    [Fact]
    public void A_request_keeps_what_was_typed_trimmed_and_waits_for_an_advisor()
    {
        var insurer = Guid.NewGuid();

        var request = AccessRequest.Submit(
            insurer, " Menuiserie Favre SA ", "che109322551", [(Line.Ijm, " IJM-1 "), (Line.Laac, "LAAC-2")], "CHF 320'000.50",
            " Anne ", " Meyer ", " Anne.Meyer@Favre.ch ", "021 345 67 89", "en", Rule, 250_000m, "Visana", Now).Value;

        Assert.Equal((insurer, "Menuiserie Favre SA", "CHE-109.322.551", 32_000_050L), (request.InsurerId, request.CompanyName, request.Uid, request.PremiumVolumeCentimes));
        Assert.Equal([new RequestedContract(Line.Ijm, "IJM-1"), new RequestedContract(Line.Laac, "LAAC-2")], request.Contracts);
        Assert.Equal(("Anne", "Meyer", "anne.meyer@favre.ch", "+41213456789", "en"), (request.FirstName, request.LastName, request.Email, request.Phone, request.Language));
        Assert.Equal((Now, RequestState.Pending), (request.SubmittedAt, request.State));
        Assert.Null(request.DecidedAt);
        Assert.Null(request.DecidedBy);
        Assert.Null(request.RefusalReason);
        Assert.Null(request.CompanyId);
    }

    [Theory]
    [InlineData(null, "company-name-invalid")]
    [InlineData("  ", "company-name-invalid")]
    [InlineData(200, null)]
    [InlineData(201, "company-name-invalid")]
    public void The_company_name_is_needed_of_200_characters_at_most(object? name, string? code) =>
        Assert.Equal(code, CodeOf(Submit(companyName: name is int length ? Text(length) : (string?)name)));

    [Fact]
    public void A_wrong_UID_is_refused_saying_why()
    {
        var submitted = Submit(uid: "CHE-109.322.552");

        Assert.Equal(("uid-invalid", "check-digit"), (submitted.Error!.Code, submitted.Error.Reason));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    [InlineData("1234567890123456789012345678901")]
    public void A_contract_needs_a_number_of_30_characters_at_most_and_the_error_names_it(string? number)
    {
        var submitted = Submit(contracts: [(Line.Ijm, "IJM-1"), (Line.Laa, number)]);

        Assert.Equal("contract-invalid", submitted.Error!.Code);
        Assert.Equal("Contracts[1]", Assert.Single(submitted.Error.FieldErrors).Key);
        Assert.Equal([2], submitted.Error.Arguments);
    }

    [Fact]
    public void A_contract_number_of_30_characters_is_kept()
    {
        var number = new string('7', Contract.NumberMaxLength);

        Assert.Equal(number, Assert.Single(Submit(contracts: [(Line.Ijm, number)]).Value.Contracts).Number);
    }

    [Fact]
    public void A_contract_number_is_named_once_whatever_its_case()
    {
        var submitted = Submit(contracts: [(Line.Ijm, "c-1"), (Line.Laa, "C-2"), (Line.Laac, " C-1 ")]);

        Assert.Equal("Contracts[2]", Assert.Single(submitted.Error!.FieldErrors).Key);
    }

    [Fact]
    public void At_least_one_contract_is_named() =>
        Assert.Equal("contracts-missing", CodeOf(Submit(contracts: [])));

    [Fact]
    public void A_premium_volume_that_is_not_an_amount_is_refused_with_the_text()
    {
        var submitted = Submit(premiumVolume: "beaucoup");

        Assert.Equal("premium-volume-invalid", submitted.Error!.Code);
        Assert.Equal(["beaucoup"], submitted.Error.Arguments);
    }

    [Theory]
    [InlineData(null, "Meyer")]
    [InlineData(" ", "Meyer")]
    [InlineData("Anne", null)]
    [InlineData("Anne", "")]
    [InlineData(101, "Meyer")]
    [InlineData("Anne", 101)]
    public void The_contact_needs_a_first_and_a_last_name_of_100_characters_at_most(object? first, object? last) =>
        Assert.Equal("contact-name-invalid", CodeOf(Submit(firstName: first is int f ? Text(f) : (string?)first, lastName: last is int l ? Text(l) : (string?)last)));

    [Fact]
    public void Names_of_100_characters_are_kept()
    {
        var request = Submit(firstName: Text(100), lastName: Text(100)).Value;

        Assert.Equal((Text(100), Text(100)), (request.FirstName, request.LastName));
    }

    [Theory]
    [InlineData("info@favre.ch", "email-not-personal")]
    [InlineData("anne@gmail.com", "email-not-personal")]
    [InlineData("anne", "email-address-invalid")]
    public void The_contacts_address_must_be_a_personal_one(string email, string code)
    {
        var submitted = Submit(email: email);

        Assert.Equal(code, submitted.Error!.Code);
        Assert.Equal("Email", Assert.Single(submitted.Error.FieldErrors).Key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("12")]
    [InlineData("zéro vingt et un")]
    public void The_contact_needs_a_phone_number(string? phone) =>
        Assert.Equal("phone-invalid", CodeOf(Submit(phone: phone)));

    [Fact]
    public void A_premium_volume_under_the_threshold_is_refused_naming_the_threshold_and_the_insurer()
    {
        var submitted = Submit(premiumVolume: "249 999.99");

        Assert.Equal("portal-not-eligible", submitted.Error!.Code);
        Assert.Equal([250_000m, "Visana"], submitted.Error.Arguments);
    }

    [Fact]
    public void A_premium_volume_exactly_at_the_threshold_is_eligible() =>
        Assert.Equal(25_000_000, Submit(premiumVolume: "250 000").Value.PremiumVolumeCentimes);

    [Fact]
    public void The_fields_are_checked_in_the_order_of_the_form()
    {
        Assert.Equal("company-name-invalid", CodeOf(Submit(companyName: "", uid: "", contracts: [], premiumVolume: "", firstName: "", email: "", phone: "")));
        Assert.Equal("uid-invalid", CodeOf(Submit(uid: "", contracts: [], premiumVolume: "", firstName: "", email: "", phone: "")));
        Assert.Equal("contracts-missing", CodeOf(Submit(contracts: [], premiumVolume: "", firstName: "", email: "", phone: "")));
        Assert.Equal("premium-volume-invalid", CodeOf(Submit(premiumVolume: "", firstName: "", email: "", phone: "")));
        Assert.Equal("contact-name-invalid", CodeOf(Submit(premiumVolume: "1", firstName: "", email: "", phone: "")));
        Assert.Equal("email-address-invalid", CodeOf(Submit(premiumVolume: "1", email: "", phone: "")));
        Assert.Equal("phone-invalid", CodeOf(Submit(premiumVolume: "1", phone: "")));
    }

    [Fact]
    public void A_request_without_its_list_of_contracts_or_email_rule_is_a_programming_error()
    {
        Assert.Equal("contracts", Assert.Throws<ArgumentNullException>(() => AccessRequest.Submit(
            Guid.NewGuid(), "Favre", "CHE-109.322.551", null!, "320000", "Anne", "Meyer", "anne@favre.ch", "021 345 67 89", "fr", Rule, 250_000m, "Visana", Now)).ParamName);
        Assert.Equal("emailRule", Assert.Throws<ArgumentNullException>(() => AccessRequest.Submit(
            Guid.NewGuid(), "Favre", "CHE-109.322.551", OneContract, "320000", "Anne", "Meyer", "anne@favre.ch", "021 345 67 89", "fr", null!, 250_000m, "Visana", Now)).ParamName);
    }

    [Theory]
    [InlineData("021.345.67.89", "+41213456789")]
    [InlineData("021-345-67-89", "+41213456789")]
    [InlineData(" 0213456789 ", "+41213456789")]
    [InlineData("021 345 67 8", null)]
    [InlineData("021345678a", null)]
    [InlineData("2134567890", null)]
    [InlineData(null, null)]
    public void Only_ten_digits_from_a_single_zero_are_a_Swiss_national_number(string? typed, string? e164) =>
        Assert.Equal(e164, AccessRequest.SwissPhone(typed));

    [Fact]
    public void An_approval_records_the_advisor_the_moment_and_the_company_opened()
    {
        var request = Submit().Value;
        var (advisor, company) = (Guid.NewGuid(), Guid.NewGuid());

        Assert.True(request.Approve(advisor, company, Now.AddDays(1)).IsSuccess);

        Assert.Equal((RequestState.Approved, Now.AddDays(1), advisor, company), (request.State, request.DecidedAt, request.DecidedBy, request.CompanyId));
        Assert.Null(request.RefusalReason);
    }

    [Fact]
    public void A_refusal_records_the_advisor_the_moment_and_the_reason_trimmed()
    {
        var request = Submit().Value;
        var advisor = Guid.NewGuid();

        Assert.True(request.Refuse(advisor, "  Volume de primes insuffisant. ", Now.AddDays(1)).IsSuccess);

        Assert.Equal((RequestState.Refused, Now.AddDays(1), advisor, "Volume de primes insuffisant."), (request.State, request.DecidedAt, request.DecidedBy, request.RefusalReason));
        Assert.Null(request.CompanyId);
    }

    [Theory]
    [InlineData(null, "refusal-reason-invalid")]
    [InlineData("  ", "refusal-reason-invalid")]
    [InlineData(1000, null)]
    [InlineData(1001, "refusal-reason-invalid")]
    public void A_refusal_gives_a_reason_of_1000_characters_at_most(object? reason, string? code)
    {
        var request = Submit().Value;

        var refused = request.Refuse(Guid.NewGuid(), reason is int length ? Text(length) : (string?)reason, Now);

        Assert.Equal(code, refused.Error?.Code);
        Assert.Equal(code is null ? RequestState.Refused : RequestState.Pending, request.State);
    }

    [Fact]
    public void A_decided_request_is_decided_once()
    {
        var (approved, refused) = (Submit().Value, Submit().Value);
        var firstAdvisor = Guid.NewGuid();
        approved.Approve(firstAdvisor, Guid.NewGuid(), Now);
        refused.Refuse(firstAdvisor, "Non.", Now);

        Assert.Equal("access-request-decided", approved.Approve(Guid.NewGuid(), Guid.NewGuid(), Now.AddDays(1)).Error!.Code);
        Assert.Equal("access-request-decided", approved.Refuse(Guid.NewGuid(), "Finalement non.", Now.AddDays(1)).Error!.Code);
        Assert.Equal("access-request-decided", refused.Approve(Guid.NewGuid(), Guid.NewGuid(), Now.AddDays(1)).Error!.Code);
        Assert.Equal((RequestState.Approved, firstAdvisor, Now, (string?)null), (approved.State, approved.DecidedBy, approved.DecidedAt, approved.RefusalReason));
        Assert.Equal((RequestState.Refused, firstAdvisor, "Non.", (Guid?)null), (refused.State, refused.DecidedBy, refused.RefusalReason, refused.CompanyId));
    }
}
