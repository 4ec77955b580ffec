using MediatR;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Domain;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Documents;
using Modular.Identity.Contracts.Account;
using Modular.Identity.Contracts.ApiClients;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.ClientPortal.Application.Access;

/// <summary>
/// Who reaches what on the portal, in one place. A client user reads their own company's documents
/// only, and only once their account has two-factor authentication: a company's documents are
/// never shown on a password alone; an API client reads the company whose client admin allowed it.
/// The insurer's side (its agents, and its systems with their own
/// token) reaches the insurer's client companies only. Another company's or insurer's ids are not
/// found, never forbidden: their existence is not told.
/// </summary>
internal sealed class PortalAccess(IPortalRepository repository, ICurrentUser user, IMediator mediator, TimeProvider time)
{
    /// <summary>The caller as a reader of their company's documents.</summary>
    public async Task<Result<PortalReader>> RequireReaderAsync(CancellationToken cancellationToken)
    {
        if (user.UserId is null && user.ClientId is { } clientId)
        {
            return await RequireClientReaderAsync(clientId, cancellationToken);
        }

        if (user.UserId is not { } userId
            || await repository.FindAsync(new ActiveMembershipSpec(userId), cancellationToken) is not { } member)
        {
            return PortalErrors.NotClientUser;
        }

        var account = await mediator.Send(new GetAccountContactQuery(userId), cancellationToken);
        if (account.IsFailure || !account.Value.IsActive)
        {
            return PortalErrors.NotClientUser;
        }

        return account.Value.MfaEnabled
            ? new PortalReader(member.CompanyId, userId, user.ClientId, member.Role)
            : PortalErrors.MfaRequired;
    }

    /// <summary>An API client with its own token reads the company whose client admin allowed it, as a user does (no MFA: it has no person).</summary>
    private async Task<Result<PortalReader>> RequireClientReaderAsync(string clientId, CancellationToken cancellationToken)
    {
        var client = await mediator.Send(new FindApiClientQuery(clientId), cancellationToken);
        if (client.IsFailure
            || await repository.FindAsync(new ActiveAuthorisationOfClientSpec(client.Value.Id), cancellationToken) is not { } authorisation)
        {
            return PortalErrors.NotClientUser;
        }

        return new PortalReader(authorisation.CompanyId, null, clientId, MemberRole.User);
    }

    /// <summary>
    /// A document of the reader's company; one deleted at the end of its retention is gone (its old
    /// links say so), one of another company not found.
    /// </summary>
    public async Task<Result<PortalDocument>> RequireDocumentAsync(PortalReader reader, Guid documentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (await repository.FindAsync(new DocumentOfCompanySpec(documentId, reader.CompanyId), cancellationToken) is { } document)
        {
            return Alive(document, time.GetUtcNow());
        }

        return await repository.FindAsync(new PurgedDocumentOfCompanySpec(documentId, reader.CompanyId), cancellationToken) is { } purged
            ? PortalErrors.DocumentExpired(purged.PurgedAt)
            : PortalErrors.DocumentNotFound;
    }

    /// <summary>
    /// Documents of the reader's company, in the order asked, all or none: the same rules as
    /// <see cref="RequireDocumentAsync"/> for each, and one id not found (another company's) makes
    /// the whole request not found before one deleted makes it gone.
    /// </summary>
    public async Task<Result<IReadOnlyList<PortalDocument>>> RequireDocumentsAsync(PortalReader reader, IReadOnlyList<Guid> documentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(documentIds);
        var found = (await repository.ListAsync(new DocumentsByIdsOfCompanySpec(documentIds, reader.CompanyId), cancellationToken)).ToDictionary(d => d.Id);
        Error? gone = null;
        foreach (var missing in documentIds.Where(id => !found.ContainsKey(id)))
        {
            if (await repository.FindAsync(new PurgedDocumentOfCompanySpec(missing, reader.CompanyId), cancellationToken) is not { } purged)
            {
                return PortalErrors.DocumentNotFound;
            }

            gone ??= PortalErrors.DocumentExpired(purged.PurgedAt);
        }

        var now = time.GetUtcNow();
        var documents = new List<PortalDocument>(documentIds.Count);
        foreach (var id in documentIds)
        {
            if (found.TryGetValue(id, out var document))
            {
                var alive = Alive(document, now);
                if (alive.IsFailure)
                {
                    gone ??= alive.Error;
                }

                documents.Add(document);
            }
        }

        return gone is null ? Result<IReadOnlyList<PortalDocument>>.Success(documents) : gone;
    }

    /// <summary>Past its end and not yet purged (the purge runs every hour): already gone for readers.</summary>
    private static Result<PortalDocument> Alive(PortalDocument document, DateTimeOffset now) =>
        document.ExpiresAt > now ? document : PortalErrors.DocumentExpired(document.ExpiresAt);

    /// <summary>The insurer the caller works for: an agent of it, or one of its systems with a client-credentials token.</summary>
    public Result<Guid> RequireInsurer()
    {
        if (user.OrganisationId is not { } insurerId || (user.UserId is not null && !user.IsInRole(Contracts.PortalScopes.AgentRole)))
        {
            return PortalErrors.NotInsurer;
        }

        return insurerId;
    }

    /// <summary>A client company of the caller's insurer.</summary>
    public async Task<Result<ClientCompany>> RequireCompanyAsync(Guid companyId, CancellationToken cancellationToken)
    {
        var insurer = RequireInsurer();
        if (insurer.IsFailure)
        {
            return insurer.Error;
        }

        return await repository.FindAsync(new CompanyOfInsurerSpec(companyId, insurer.Value), cancellationToken) is { } company
            ? company
            : PortalErrors.CompanyNotFound;
    }
}
