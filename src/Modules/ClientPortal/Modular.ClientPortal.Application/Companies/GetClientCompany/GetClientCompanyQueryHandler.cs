using MediatR;
using Modular.ClientPortal.Application.Access;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Documents;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Application.Companies.GetClientCompany;

/// <summary>A company of the insurer with its users (read from Identity) and its latest documents.</summary>
internal sealed class GetClientCompanyQueryHandler(IPortalRepository repository, PortalAccess access, IMediator mediator)
    : IRequestHandler<GetClientCompanyQuery, Result<ClientCompanyDto>>
{
    private const int LatestDocuments = 50;

    public async Task<Result<ClientCompanyDto>> Handle(GetClientCompanyQuery request, CancellationToken cancellationToken)
    {
        var found = await access.RequireCompanyAsync(request.CompanyId, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var company = found.Value;
        var users = new List<ClientUserDto>();
        foreach (var member in await repository.ListAsync(new MembersOfCompanySpec(company.Id), cancellationToken))
        {
            var contact = await mediator.Send(new GetAccountContactQuery(member.UserId), cancellationToken);
            if (contact.IsSuccess)
            {
                users.Add(new ClientUserDto(member.UserId, contact.Value.Email, contact.Value.DisplayName, member.Role.ToContract(), member.IsActive && contact.Value.IsActive, contact.Value.MfaEnabled));
            }
        }

        var advisor = await mediator.Send(new GetAccountContactQuery(company.AdvisorId), cancellationToken);
        var documents = await repository.ListAsync(new LatestDocumentsOfCompanySpec(company.Id, LatestDocuments), cancellationToken);
        var count = await repository.CountAsync(new DocumentsOfCompanySpec(company.Id), cancellationToken);
        return new ClientCompanyDto(
            company.Id,
            company.Name,
            company.Uid,
            company.Street,
            company.PostalCode,
            company.City,
            [.. company.Contracts.Select(c => c.ToDto())],
            SwissFrancs.ToFrancs(company.TotalPremiumCentimes),
            company.AdvisorId,
            advisor.IsSuccess ? advisor.Value.DisplayName : "",
            company.Paperless,
            company.CopyEmail,
            company.CopyAddress is { } copy ? new PortalPostalAddressDto(copy.Name, copy.Street, copy.PostalCode, copy.City, copy.Country) : null,
            company.CreatedAt,
            users,
            [.. documents.Select(d => d.ToDto())],
            count);
    }
}
