using MediatR;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain.Questionnaire;
using Modular.SharedKernel.Delegation;
using Modular.SharedKernel.Results;

namespace Modular.Delegation.Application.Questionnaire.DecideMandateForm;

/// <summary>The questionnaire's answers to the form they lead to, or the reason there is none.</summary>
internal sealed class DecideMandateFormQueryHandler(DelegableServices services) : IRequestHandler<DecideMandateFormQuery, Result<MandateFormChoiceDto>>
{
    public Task<Result<MandateFormChoiceDto>> Handle(DecideMandateFormQuery request, CancellationToken cancellationToken)
    {
        var answers = new DecisionAnswers(
            request.Kind switch
            {
                "staff" => MandataryKind.Staff,
                "billing-agency" => MandataryKind.BillingAgency,
                "other" => MandataryKind.Other,
                _ => null,
            },
            request.StaffRole switch
            {
                "administrative" => StaffCategory.Administrative,
                "professional" => StaffCategory.Professional,
                _ => null,
            },
            request.Agency switch
            {
                "in-house" => true,
                "commercial" => false,
                _ => null,
            });
        var decided = DecisionTree.Decide(answers);
        Result<MandateFormChoiceDto> result = decided.IsFailure
            ? decided.Error!
            : new MandateFormChoiceDto(decided.Value, [.. DecisionTree.ServicesFor(decided.Value, services.All).Select(services.ToDto)]);
        return Task.FromResult(result);
    }
}
