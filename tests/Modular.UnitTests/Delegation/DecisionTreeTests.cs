using Modular.Delegation.Domain.Questionnaire;
using Modular.SharedKernel.Delegation;

namespace Modular.UnitTests.Delegation;

/// <summary>« Je veux déléguer l'accès à un service en ligne »: the questions lead to the right form, or to the reason there is none.</summary>
public sealed class DecisionTreeTests
{
    private static readonly DelegableService[] Declared =
    [
        new("vault", "Coffre", "Vault", [StaffCategory.Administrative, StaffCategory.Professional], ["vault.read"]),
        new("portfolio", "Mon portefeuille", "My portfolio", [StaffCategory.Administrative, StaffCategory.InHouseBilling], ["portfolio.read"]),
    ];

    [Theory]
    [InlineData(StaffCategory.Administrative)]
    [InlineData(StaffCategory.Professional)]
    public void A_staff_member_gets_the_mandate_form_of_their_category(StaffCategory role) =>
        Assert.Equal(role, DecisionTree.Decide(new DecisionAnswers(MandataryKind.Staff, role)).Value);

    [Fact]
    public void A_member_of_the_practices_own_billing_agency_gets_the_form_for_billing_tasks()
    {
        var category = DecisionTree.Decide(new DecisionAnswers(MandataryKind.BillingAgency, AgencyInHouse: true)).Value;
        Assert.Equal(StaffCategory.InHouseBilling, category);
        Assert.Equal(["portfolio"], DecisionTree.ServicesFor(category, Declared).Select(s => s.Code));
    }

    [Fact]
    public void A_member_of_a_commercial_billing_agency_is_refused_with_the_seeds_sentence()
    {
        var refused = DecisionTree.Decide(new DecisionAnswers(MandataryKind.BillingAgency, AgencyInHouse: false));
        Assert.Equal("commercial-billing-agency", refused.Error!.Code);
        Assert.Equal("Si votre agence de facturation est commerciale, vous ne pouvez pas mandater un membre de son personnel pour utiliser nos services en ligne.", refused.Error.Message);
    }

    [Fact]
    public void Anyone_else_is_refused_with_the_reason() =>
        Assert.Equal("mandatary-not-staff", DecisionTree.Decide(new DecisionAnswers(MandataryKind.Other)).Error!.Code);

    [Theory]
    [InlineData(null, null)]
    [InlineData("Staff", null)]
    [InlineData("Staff", StaffCategory.InHouseBilling)]
    [InlineData("BillingAgency", null)]
    public void A_question_left_unanswered_is_asked(string? kind, StaffCategory? role) =>
        Assert.Equal("question-unanswered", DecisionTree.Decide(new DecisionAnswers(kind is null ? null : Enum.Parse<MandataryKind>(kind), role)).Error!.Code);

    [Fact]
    public void A_form_offers_only_the_services_its_category_may_use() =>
        Assert.Equal(["portfolio", "vault"], DecisionTree.ServicesFor(StaffCategory.Administrative, Declared).Select(s => s.Code));
}
