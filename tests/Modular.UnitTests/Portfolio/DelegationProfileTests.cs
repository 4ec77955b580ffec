using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Profiles;

namespace Modular.UnitTests.Portfolio;

/// <summary>A delegation profile: its name's bounds, what it keeps of a list or a rule, and which establishments it covers for whom.</summary>
public sealed class DelegationProfileTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Firm = Guid.NewGuid();
    private static readonly Guid Agent = Guid.NewGuid();

    [Fact]
    public void A_profile_keeps_its_firm_name_date_and_adds_viewing_to_its_responsibilities()
    {
        var profile = DelegationProfile.Create(Firm, "  Dijon  ", Responsibilities.Deposit | Responsibilities.Manage, [Guid.NewGuid()], null, null, [Agent], Now).Value;

        Assert.Equal(
            (Firm, "Dijon", Responsibilities.View | Responsibilities.Deposit | Responsibilities.Manage, Now, false),
            (profile.FirmId, profile.Name, profile.Responsibilities, profile.CreatedAt, profile.HasRule));
    }

    [Fact]
    public void A_name_may_be_as_long_as_the_longest_but_not_one_longer()
    {
        var longest = new string('p', DelegationProfile.NameMaxLength);

        Assert.Equal(longest, DelegationProfile.Create(Firm, longest, Responsibilities.View, [Guid.NewGuid()], null, null, [], Now).Value.Name);
        Assert.Equal("profile-name-invalid", DelegationProfile.Create(Firm, longest + "p", Responsibilities.View, [Guid.NewGuid()], null, null, [], Now).Error!.Code);
        Assert.Equal("profile-name-invalid", DelegationProfile.Create(Firm, null, Responsibilities.View, [Guid.NewGuid()], null, null, [], Now).Error!.Code);
    }

    [Fact]
    public void A_list_is_kept_once_per_establishment_and_a_holder_once()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());

        var profile = DelegationProfile.Create(Firm, "P", Responsibilities.View, [a, b, a], null, null, [Agent, Agent], Now).Value;

        Assert.Equal([a, b], profile.Establishments);
        Assert.Equal([Agent], profile.Collaborators);
    }

    [Fact]
    public void A_rule_by_due_day_alone_needs_no_list()
    {
        var profile = DelegationProfile.Create(Firm, "P", Responsibilities.View, [], null, DueDay.Fifth, [Agent], Now).Value;

        Assert.Equal(((string?)null, (DueDay?)DueDay.Fifth, true), (profile.RulePartnerGroup, profile.RuleDueDay, profile.HasRule));
        Assert.True(profile.Covers(Complete("55208131700018", "AG2R", DueDay.Fifth)));
        Assert.False(profile.Covers(Complete("55208131700026", "AG2R", DueDay.Fifteenth)));
    }

    [Fact]
    public void A_rule_by_partner_alone_is_trimmed_and_covers_any_due_day_of_that_partner()
    {
        var profile = DelegationProfile.Create(Firm, "P", Responsibilities.View, [], " AG2R ", null, [Agent], Now).Value;

        Assert.Equal("AG2R", profile.RulePartnerGroup);
        Assert.True(profile.Covers(Complete("55208131700018", "AG2R", DueDay.Fifth)));
        Assert.True(profile.Covers(Complete("55208131700026", "AG2R", DueDay.Fifteenth)));
        Assert.False(profile.Covers(Complete("40483304800014", "ag2r", DueDay.Fifth)));
    }

    [Fact]
    public void A_rule_needs_both_its_partner_and_its_due_day()
    {
        var profile = DelegationProfile.Create(Firm, "P", Responsibilities.View, [], "AG2R", DueDay.Fifth, [Agent], Now).Value;

        Assert.True(profile.Covers(Complete("55208131700018", "AG2R", DueDay.Fifth)));
        Assert.False(profile.Covers(Complete("55208131700026", "AG2R", DueDay.Fifteenth)));
        Assert.False(profile.Covers(Complete("40483304800014", "Malakoff", DueDay.Fifth)));
    }

    [Fact]
    public void A_change_replaces_the_list_the_rule_and_the_holders()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var other = Guid.NewGuid();
        var profile = DelegationProfile.Create(Firm, "P", Responsibilities.View, [], "AG2R", DueDay.Fifth, [Agent], Now).Value;

        Assert.True(profile.Change("Q", Responsibilities.Deposit, [b], " ", null, [other]).IsSuccess);

        Assert.Equal(("Q", Responsibilities.View | Responsibilities.Deposit, (string?)null, (DueDay?)null, false), (profile.Name, profile.Responsibilities, profile.RulePartnerGroup, profile.RuleDueDay, profile.HasRule));
        Assert.Equal([b], profile.Establishments);
        Assert.Equal([other], profile.Collaborators);
        Assert.True(profile.Change("R", Responsibilities.View, [a], null, null, [other]).IsSuccess);
        Assert.Equal([a], profile.Establishments);
    }

    [Fact]
    public void A_refused_change_keeps_the_profile_as_it_was()
    {
        var chosen = Guid.NewGuid();
        var profile = DelegationProfile.Create(Firm, "P", Responsibilities.Deposit, [chosen], null, null, [Agent], Now).Value;

        Assert.Equal("profile-selection-required", profile.Change("Q", Responsibilities.Manage, [], null, null, []).Error!.Code);

        Assert.Equal(("P", Responsibilities.View | Responsibilities.Deposit), (profile.Name, profile.Responsibilities));
        Assert.Equal([chosen], profile.Establishments);
        Assert.Equal([Agent], profile.Collaborators);
    }

    [Fact]
    public void A_profile_never_covers_another_firms_establishment_even_by_its_rule()
    {
        var profile = DelegationProfile.Create(Firm, "P", Responsibilities.View, [], "AG2R", null, [Agent], Now).Value;

        Assert.False(profile.Covers(Establishment.Manually(Guid.NewGuid(), Siret.Parse("55208131700018").Value, "E", DueDay.Fifth, "AG2R", Now).Value));
    }

    [Fact]
    public void A_removed_establishment_is_not_covered_by_a_rule_either()
    {
        var profile = DelegationProfile.Create(Firm, "P", Responsibilities.View, [], "AG2R", null, [Agent], Now).Value;
        var establishment = Complete("55208131700018", "AG2R", DueDay.Fifth);
        establishment.Remove(Now);

        Assert.False(profile.Covers(establishment));
    }

    [Fact]
    public void A_holder_has_nothing_on_an_establishment_the_profile_does_not_cover()
    {
        var covered = Complete("55208131700018", "AG2R", DueDay.Fifth);
        var profile = DelegationProfile.Create(Firm, "P", Responsibilities.Manage, [covered.Id], null, null, [Agent], Now).Value;

        Assert.Equal(Responsibilities.View | Responsibilities.Manage, profile.For(Agent, covered));
        Assert.Equal(Responsibilities.None, profile.For(Agent, Complete("55208131700026", "AG2R", DueDay.Fifth)));
    }

    private static Establishment Complete(string siret, string partner, DueDay day) =>
        Establishment.Manually(Firm, Siret.Parse(siret).Value, "Entreprise " + siret, day, partner, Now).Value;
}
