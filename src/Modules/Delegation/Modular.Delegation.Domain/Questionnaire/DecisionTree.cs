using Modular.SharedKernel.Delegation;
using Modular.SharedKernel.Results;

namespace Modular.Delegation.Domain.Questionnaire;

/// <summary>Who the professional wants to mandate, as the questionnaire asks it.</summary>
internal enum MandataryKind
{
    /// <summary>A member of the practice's staff.</summary>
    Staff,

    /// <summary>A member of a billing agency.</summary>
    BillingAgency,

    /// <summary>Someone else (a relative, a contractor, another professional).</summary>
    Other,
}

/// <summary>The answers given so far; null where a question is not answered yet.</summary>
/// <param name="Kind">Who the person is.</param>
/// <param name="StaffRole">For a staff member: administrative or professional staff.</param>
/// <param name="AgencyInHouse">For a billing agency: true when the practice created it within itself, false when it is commercial.</param>
internal sealed record DecisionAnswers(MandataryKind? Kind, StaffCategory? StaffRole = null, bool? AgencyInHouse = null);

/// <summary>
/// « Je veux déléguer l'accès à un service en ligne »: a few questions lead to the right form. A
/// member of the practice's staff gets the mandate form for their category; a member of a billing
/// agency the practice created within itself gets it for billing tasks; a member of a commercial
/// billing agency, or anyone else, is refused with the reason. A question left unanswered is asked.
/// </summary>
internal static class DecisionTree
{
    /// <summary>The category the mandate form is for, or why no form can be.</summary>
    public static Result<StaffCategory> Decide(DecisionAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return answers.Kind switch
        {
            MandataryKind.Staff => answers.StaffRole is StaffCategory.Administrative or StaffCategory.Professional
                ? answers.StaffRole.Value
                : DelegationErrors.QuestionUnanswered,
            MandataryKind.BillingAgency => answers.AgencyInHouse switch
            {
                true => StaffCategory.InHouseBilling,
                false => DelegationErrors.CommercialBillingAgency,
                null => DelegationErrors.QuestionUnanswered,
            },
            MandataryKind.Other => DelegationErrors.NotStaff,
            _ => DelegationErrors.QuestionUnanswered,
        };
    }

    /// <summary>The services a form of that category may be for: those whose module lets the category use them.</summary>
    public static IReadOnlyList<DelegableService> ServicesFor(StaffCategory category, IEnumerable<DelegableService> declared)
    {
        ArgumentNullException.ThrowIfNull(declared);
        return [.. declared.Where(s => s.Allows(category)).OrderBy(s => s.Code, StringComparer.Ordinal)];
    }
}
