using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Documents;
using Modular.ClientPortal.Domain.Invitations;
using Modular.ClientPortal.Domain.Messages;
using Modular.ClientPortal.Domain.Requests;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Specifications;

namespace Modular.ClientPortal.Application.Ports;

/// <summary>The module's store: client companies, their users, their documents and who downloaded what.</summary>
internal interface IPortalRepository
{
    Task<ClientCompany?> FindAsync(Specification<ClientCompany> specification, CancellationToken cancellationToken);

    Task<IReadOnlyList<ClientCompany>> ListAsync(Specification<ClientCompany> specification, CancellationToken cancellationToken);

    void Add(ClientCompany company);

    Task<ClientUser?> FindAsync(Specification<ClientUser> specification, CancellationToken cancellationToken);

    Task<IReadOnlyList<ClientUser>> ListAsync(Specification<ClientUser> specification, CancellationToken cancellationToken);

    void Add(ClientUser member);

    /// <summary>Documents and active users per company of an insurer.</summary>
    Task<IReadOnlyDictionary<Guid, (int Documents, int Users)>> CompanyTotalsAsync(Guid insurerId, CancellationToken cancellationToken);

    Task<PortalDocument?> FindAsync(Specification<PortalDocument> specification, CancellationToken cancellationToken);

    Task<IReadOnlyList<PortalDocument>> ListAsync(Specification<PortalDocument> specification, CancellationToken cancellationToken);

    Task<int> CountAsync(Specification<PortalDocument> specification, CancellationToken cancellationToken);

    void Add(PortalDocument document);

    void Remove(PortalDocument document);

    Task<PurgedDocument?> FindAsync(Specification<PurgedDocument> specification, CancellationToken cancellationToken);

    void Add(PurgedDocument purged);

    void Add(ReadReceipt receipt);

    /// <summary>Which of <paramref name="documentIds"/> were downloaded by the user (or, with no user, by anyone of the company).</summary>
    Task<IReadOnlySet<Guid>> DownloadedAsync(IReadOnlyCollection<Guid> documentIds, Guid? userId, CancellationToken cancellationToken);

    /// <summary>Per line, the company's documents; and the years of their document dates, newest first.</summary>
    Task<(IReadOnlyDictionary<Line, int> PerLine, IReadOnlyList<int> Years)> CompanyOverviewAsync(Guid companyId, CancellationToken cancellationToken);

    Task<AccessRequest?> FindAsync(Specification<AccessRequest> specification, CancellationToken cancellationToken);

    Task<IReadOnlyList<AccessRequest>> ListAsync(Specification<AccessRequest> specification, CancellationToken cancellationToken);

    void Add(AccessRequest request);

    Task<ClientInvitation?> FindAsync(Specification<ClientInvitation> specification, CancellationToken cancellationToken);

    Task<IReadOnlyList<ClientInvitation>> ListAsync(Specification<ClientInvitation> specification, CancellationToken cancellationToken);

    void Add(ClientInvitation invitation);

    Task<AuthorisedClient?> FindAsync(Specification<AuthorisedClient> specification, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuthorisedClient>> ListAsync(Specification<AuthorisedClient> specification, CancellationToken cancellationToken);

    void Add(AuthorisedClient authorisation);

    Task<IReadOnlyList<PortalMessage>> ListAsync(Specification<PortalMessage> specification, CancellationToken cancellationToken);

    void Add(PortalMessage message);

    /// <summary>Spends the invitation for the account in one conditional statement (not accepted, not expired); true iff this call did.</summary>
    Task<bool> TryAcceptAsync(Guid invitationId, Guid userId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Adds an integration event to the module's outbox: saved with the next <see cref="SaveChangesAsync"/>, published after commit.</summary>
    void Enqueue(IIntegrationEvent integrationEvent);

    /// <summary>Opens a transaction that takes the module's write lock at once.</summary>
    Task<IPortalTransaction> BeginTransactionAsync(CancellationToken cancellationToken);

    /// <summary>Saves; a UID already used by another company of the insurer gives <c>uid-taken</c> and nothing is kept.</summary>
    Task<Result> SaveChangesAsync(CancellationToken cancellationToken);
}
