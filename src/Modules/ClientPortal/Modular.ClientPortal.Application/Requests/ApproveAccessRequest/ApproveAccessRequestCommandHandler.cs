using MediatR;
using Modular.ClientPortal.Application.Access;
using Modular.ClientPortal.Application.Companies;
using Modular.ClientPortal.Application.Invitations;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Requests;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.ClientPortal.Application.Requests.ApproveAccessRequest;

/// <summary>
/// « Un conseiller vérifie vos informations »: the advisor approves a checked request. The company
/// already on the portal under the request's UID gets the contact as its client admin; a new one
/// is created from the advisor's completed form, whose UID must be the request's. The request, the
/// company and the invitation are saved together; the invitation's email follows.
/// </summary>
internal sealed class ApproveAccessRequestCommandHandler(
    IPortalRepository repository, PortalAccess access, CompanyRegistration registration, PortalInvitations invitations, ICurrentUser user, TimeProvider time)
    : IRequestHandler<ApproveAccessRequestCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(ApproveAccessRequestCommand request, CancellationToken cancellationToken)
    {
        var insurer = access.RequireInsurer();
        if (insurer.IsFailure)
        {
            return insurer.Error;
        }

        // Under the module's write lock: of two advisors deciding at once, the second finds it decided.
        await using var transaction = await repository.BeginTransactionAsync(cancellationToken);
        if (await repository.FindAsync(new RequestOfInsurerSpec(request.RequestId, insurer.Value), cancellationToken) is not { } accessRequest)
        {
            return PortalErrors.RequestNotFound;
        }

        if (accessRequest.State != RequestState.Pending)
        {
            return PortalErrors.RequestDecided;
        }

        var advisor = user.RequireUserId();
        ClientCompany company;
        if (await repository.FindAsync(new CompanyByUidSpec(insurer.Value, accessRequest.Uid), cancellationToken) is { } known)
        {
            company = known;
        }
        else
        {
            if (request.NewCompany is not { } form || SwissUid.Parse(form.Uid) is not { IsSuccess: true } uid || uid.Value.Value != accessRequest.Uid)
            {
                return PortalErrors.NewCompanyNeeded;
            }

            var created = await registration.AddAsync(insurer.Value, advisor, form, cancellationToken);
            if (created.IsFailure)
            {
                return created.Error;
            }

            company = created.Value;
        }

        var approved = accessRequest.Approve(advisor, company.Id, time.GetUtcNow());
        if (approved.IsFailure)
        {
            return approved.Error!;
        }

        invitations.Issue(company, accessRequest.Email, $"{accessRequest.FirstName} {accessRequest.LastName}", MemberRole.ClientAdmin, advisor, accessRequest.Language);
        var saved = await repository.SaveChangesAsync(cancellationToken);
        if (saved.IsFailure)
        {
            return saved.Error!;
        }

        await transaction.CommitAsync(cancellationToken);
        return company.Id;
    }
}
