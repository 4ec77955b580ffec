using Modular.ClientPortal.Domain.Companies;

namespace Modular.UnitTests.ClientPortal;

/// <summary>A client company as an advisor creates it: its name, its address, its contracts; and the accounts and API clients that read its documents.</summary>
public sealed class ClientCompanyTests
{
    internal static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    internal static ClientCompany Company(
        Guid? insurerId = null, string name = "Menuiserie Favre SA", string uid = "CHE-109.322.551", IReadOnlyList<Contract>? contracts = null, DateTimeOffset? at = null) =>
        ClientCompany.Create(
            insurerId ?? Guid.NewGuid(), name, SwissUid.Parse(uid).Value, "Rue du Bourg 1", "1003", "Lausanne",
            contracts ?? [new Contract(Line.Laa, "LAA-1", 30_000_000)], Guid.NewGuid(), true, null, at ?? Now).Value;

    private static string Create(string? name = "Menuiserie Favre SA", string? street = "Rue du Bourg 1", string? postalCode = "1003", string? city = "Lausanne") =>
        ClientCompany.Create(Guid.NewGuid(), name, SwissUid.Parse("CHE-109.322.551").Value, street, postalCode, city, [], Guid.NewGuid(), true, null, Now).Error?.Code ?? "created";

    [Fact]
    public void A_company_keeps_its_fields_trimmed_its_contracts_and_its_name_folded_for_search()
    {
        var (insurer, advisor) = (Guid.NewGuid(), Guid.NewGuid());
        Contract[] contracts = [new(Line.Ijm, "IJM-1", 12_000_000), new(Line.Laa, "LAA-1", 30_000_050)];

        var company = ClientCompany.Create(
            insurer, "  Menuiserie Égger SA ", SwissUid.Parse("che 109 322 551").Value, " Rue du Bourg 1 ", " 1003 ", " Lausanne ",
            contracts, advisor, false, " Copies@Fiduciaire.ch ", Now).Value;

        Assert.Equal((insurer, "Menuiserie Égger SA", "menuiserie egger sa", "CHE-109.322.551"), (company.InsurerId, company.Name, company.SearchName, company.Uid));
        Assert.Equal(("Rue du Bourg 1", "1003", "Lausanne"), (company.Street, company.PostalCode, company.City));
        Assert.Equal((advisor, false, "copies@fiduciaire.ch", Now), (company.AdvisorId, company.Paperless, company.CopyEmail?.ToLowerInvariant(), company.CreatedAt));
        Assert.Equal(contracts, company.Contracts);
        Assert.Null(company.CopyAddress);
    }

    [Fact]
    public void The_total_premium_is_the_sum_of_the_contracts_premiums()
    {
        var company = Company(contracts: [new(Line.Ijm, "IJM-1", 12_000_000), new(Line.Laa, "LAA-1", 30_000_050), new(Line.Laac, "LAAC-1", 1)]);

        Assert.Equal(42_000_051, company.TotalPremiumCentimes);
    }

    [Fact]
    public void A_company_without_a_UID_or_a_list_of_contracts_is_a_programming_error()
    {
        var uid = SwissUid.Parse("CHE-109.322.551").Value;

        Assert.Equal("uid", Assert.Throws<ArgumentNullException>(() => ClientCompany.Create(Guid.NewGuid(), "Favre", null!, "Rue 1", "1003", "Lausanne", [], Guid.NewGuid(), true, null, Now)).ParamName);
        Assert.Equal("contracts", Assert.Throws<ArgumentNullException>(() => ClientCompany.Create(Guid.NewGuid(), "Favre", uid, "Rue 1", "1003", "Lausanne", null!, Guid.NewGuid(), true, null, Now)).ParamName);
        Assert.Equal("typed", Assert.Throws<ArgumentNullException>(() => ClientCompany.ReadContracts(null!)).ParamName);
    }

    [Theory]
    [InlineData(null, "company-name-invalid")]
    [InlineData("   ", "company-name-invalid")]
    [InlineData(200, "created")]
    [InlineData(201, "company-name-invalid")]
    public void A_company_name_is_needed_of_200_characters_at_most(object? name, string outcome) =>
        Assert.Equal(outcome, Create(name: name is int length ? new string('n', length) : (string?)name));

    [Theory]
    [InlineData(null, "1003", "Lausanne")]
    [InlineData(" ", "1003", "Lausanne")]
    [InlineData("Rue du Bourg 1", null, "Lausanne")]
    [InlineData("Rue du Bourg 1", "100", "Lausanne")]
    [InlineData("Rue du Bourg 1", "10035", "Lausanne")]
    [InlineData("Rue du Bourg 1", "10A3", "Lausanne")]
    [InlineData("Rue du Bourg 1", "ABCD", "Lausanne")]
    [InlineData("Rue du Bourg 1", "1003", null)]
    [InlineData("Rue du Bourg 1", "1003", "")]
    public void A_company_address_needs_a_street_a_Swiss_postal_code_of_four_digits_and_a_locality(string? street, string? postalCode, string? city) =>
        Assert.Equal("company-address-invalid", Create(street: street, postalCode: postalCode, city: city));

    [Theory]
    [InlineData(200, 100, "created")]
    [InlineData(201, 100, "company-address-invalid")]
    [InlineData(200, 101, "company-address-invalid")]
    public void A_street_has_200_characters_at_most_and_a_locality_100(int street, int city, string outcome) =>
        Assert.Equal(outcome, Create(street: new string('s', street), city: new string('c', city)));

    [Fact]
    public void A_wrong_copy_email_is_refused_when_the_company_is_created()
    {
        var created = ClientCompany.Create(
            Guid.NewGuid(), "Favre", SwissUid.Parse("CHE-109.322.551").Value, "Rue 1", "1003", "Lausanne", [], Guid.NewGuid(), true, "pas une adresse", Now);

        Assert.Equal("copy-address-invalid", created.Error!.Code);
    }

    [Fact]
    public void Contracts_are_read_trimmed_with_their_premiums_in_centimes()
    {
        var contracts = ClientCompany.ReadContracts([(Line.Ijm, " IJM-1 ", "120 000"), (Line.Laac, "LAAC-7", "CHF 1'000.50")]);

        Assert.Equal([new Contract(Line.Ijm, "IJM-1", 12_000_000), new Contract(Line.Laac, "LAAC-7", 100_050)], contracts.Value);
    }

    [Theory]
    [InlineData(null, "contract-invalid")]
    [InlineData(30, null)]
    [InlineData(31, "contract-invalid")]
    public void A_contract_number_is_needed_of_30_characters_at_most(object? number, string? code)
    {
        var contracts = ClientCompany.ReadContracts([(Line.Ijm, number is int length ? new string('7', length) : (string?)number, "1000")]);

        Assert.Equal(code, contracts.Error?.Code);
    }

    [Fact]
    public void An_account_is_added_to_a_company_active_and_deactivated_once()
    {
        var (company, user) = (Guid.NewGuid(), Guid.NewGuid());
        var member = ClientUser.Create(company, user, MemberRole.ClientAdmin, Now);

        Assert.Equal((company, user, MemberRole.ClientAdmin, Now, true), (member.CompanyId, member.UserId, member.Role, member.AddedAt, member.IsActive));
        Assert.Null(member.DeactivatedAt);

        member.Deactivate(Now.AddDays(1));
        member.Deactivate(Now.AddDays(2));

        Assert.False(member.IsActive);
        Assert.Equal(Now.AddDays(1), member.DeactivatedAt);
    }

    [Fact]
    public void An_account_whose_access_ended_rejoins_a_company_active_with_its_new_role()
    {
        var member = ClientUser.Create(Guid.NewGuid(), Guid.NewGuid(), MemberRole.ClientAdmin, Now);
        member.Deactivate(Now.AddDays(1));
        var other = Guid.NewGuid();

        member.Rejoin(other, MemberRole.User, Now.AddDays(3));

        Assert.Equal((other, MemberRole.User, Now.AddDays(3), true), (member.CompanyId, member.Role, member.AddedAt, member.IsActive));
        Assert.Null(member.DeactivatedAt);
    }

    [Fact]
    public void An_API_client_is_authorised_for_a_company_and_revoked_once()
    {
        var (company, admin) = (Guid.NewGuid(), Guid.NewGuid());
        var client = AuthorisedClient.Authorise(company, "server-id-1", "rh-soft", "Logiciel RH", admin, Now);

        Assert.Equal((company, "server-id-1", "rh-soft", "Logiciel RH", admin, Now), (client.CompanyId, client.ClientServerId, client.ClientId, client.DisplayName, client.AuthorisedBy, client.AuthorisedAt));
        Assert.Null(client.RevokedAt);

        client.Revoke(Now.AddDays(1));
        client.Revoke(Now.AddDays(2));

        Assert.Equal(Now.AddDays(1), client.RevokedAt);
    }
}
