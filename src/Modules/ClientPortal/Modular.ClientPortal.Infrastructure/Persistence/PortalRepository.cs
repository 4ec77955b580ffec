using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Domain;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Documents;
using Modular.ClientPortal.Domain.Invitations;
using Modular.ClientPortal.Domain.Messages;
using Modular.ClientPortal.Domain.Requests;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Specifications;

namespace Modular.ClientPortal.Infrastructure.Persistence;

internal sealed class PortalRepository(PortalDbContext context) : IPortalRepository
{
    public Task<ClientCompany?> FindAsync(Specification<ClientCompany> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.Companies, specification).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ClientCompany>> ListAsync(Specification<ClientCompany> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.Companies, specification).ToListAsync(cancellationToken);

    public void Add(ClientCompany company) => context.Companies.Add(company);

    public Task<ClientUser?> FindAsync(Specification<ClientUser> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.Members, specification).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ClientUser>> ListAsync(Specification<ClientUser> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.Members, specification).ToListAsync(cancellationToken);

    public void Add(ClientUser member) => context.Members.Add(member);

    public async Task<IReadOnlyDictionary<Guid, (int Documents, int Users)>> CompanyTotalsAsync(Guid insurerId, CancellationToken cancellationToken)
    {
        var documents = await context.Documents.AsNoTracking()
            .Where(d => d.InsurerId == insurerId)
            .GroupBy(d => d.CompanyId)
            .Select(g => new { CompanyId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.CompanyId, g => g.Count, cancellationToken);
        var users = await context.Members.AsNoTracking()
            .Where(m => m.DeactivatedAt == null && context.Companies.Any(c => c.Id == m.CompanyId && c.InsurerId == insurerId))
            .GroupBy(m => m.CompanyId)
            .Select(g => new { CompanyId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.CompanyId, g => g.Count, cancellationToken);
        return documents.Keys.Union(users.Keys).ToDictionary(id => id, id => (documents.GetValueOrDefault(id), users.GetValueOrDefault(id)));
    }

    public Task<PortalDocument?> FindAsync(Specification<PortalDocument> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.Documents, specification).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<PortalDocument>> ListAsync(Specification<PortalDocument> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.Documents, specification).ToListAsync(cancellationToken);

    public Task<int> CountAsync(Specification<PortalDocument> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.ApplyFilter(context.Documents, specification).CountAsync(cancellationToken);

    public void Add(PortalDocument document) => context.Documents.Add(document);

    public void Remove(PortalDocument document) => context.Documents.Remove(document);

    public Task<PurgedDocument?> FindAsync(Specification<PurgedDocument> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.PurgedDocuments, specification).FirstOrDefaultAsync(cancellationToken);

    public void Add(PurgedDocument purged) => context.PurgedDocuments.Add(purged);

    public void Add(ReadReceipt receipt) => context.ReadReceipts.Add(receipt);

    public async Task<IReadOnlySet<Guid>> DownloadedAsync(IReadOnlyCollection<Guid> documentIds, Guid? userId, CancellationToken cancellationToken)
    {
        var receipts = context.ReadReceipts.AsNoTracking().Where(r => documentIds.Contains(r.DocumentId));
        if (userId is { } id)
        {
            receipts = receipts.Where(r => r.UserId == id);
        }

        return (await receipts.Select(r => r.DocumentId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
    }

    public async Task<(IReadOnlyDictionary<Line, int> PerLine, IReadOnlyList<int> Years)> CompanyOverviewAsync(Guid companyId, CancellationToken cancellationToken)
    {
        var groups = await context.Documents.AsNoTracking()
            .Where(d => d.CompanyId == companyId)
            .GroupBy(d => new { d.Line, d.DocumentDate.Year })
            .Select(g => new { g.Key.Line, g.Key.Year, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return (
            groups.GroupBy(g => g.Line).ToDictionary(g => g.Key, g => g.Sum(x => x.Count)),
            [.. groups.Select(g => g.Year).Distinct().OrderDescending()]);
    }

    public Task<AccessRequest?> FindAsync(Specification<AccessRequest> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.AccessRequests, specification).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<AccessRequest>> ListAsync(Specification<AccessRequest> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.AccessRequests, specification).ToListAsync(cancellationToken);

    public void Add(AccessRequest request) => context.AccessRequests.Add(request);

    public Task<ClientInvitation?> FindAsync(Specification<ClientInvitation> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.Invitations, specification).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ClientInvitation>> ListAsync(Specification<ClientInvitation> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.Invitations, specification).ToListAsync(cancellationToken);

    public void Add(ClientInvitation invitation) => context.Invitations.Add(invitation);

    public Task<AuthorisedClient?> FindAsync(Specification<AuthorisedClient> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.AuthorisedClients, specification).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<AuthorisedClient>> ListAsync(Specification<AuthorisedClient> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.AuthorisedClients, specification).ToListAsync(cancellationToken);

    public void Add(AuthorisedClient authorisation) => context.AuthorisedClients.Add(authorisation);

    public async Task<IReadOnlyList<PortalMessage>> ListAsync(Specification<PortalMessage> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.Messages, specification).ToListAsync(cancellationToken);

    public void Add(PortalMessage message) => context.Messages.Add(message);

    public async Task<bool> TryAcceptAsync(Guid invitationId, Guid userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await context.Invitations
            .Where(i => i.Id == invitationId && i.AcceptedAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.AcceptedAt, now).SetProperty(i => i.AcceptedBy, userId), cancellationToken) == 1;

    public void Enqueue(IIntegrationEvent integrationEvent) => context.Enqueue(integrationEvent);

    public async Task<IPortalTransaction> BeginTransactionAsync(CancellationToken cancellationToken) =>
        new Transaction(context, await context.Database.BeginModuleTransactionAsync(cancellationToken));

    public async Task<Result> SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex, out var table))
        {
            // The unique rules besides keys a person can meet: a UID per insurer, one company per account or API client.
            context.ChangeTracker.Clear();
            return table switch
            {
                "client_users" => PortalErrors.AlreadyMember,
                "authorised_clients" => PortalErrors.ApiClientTaken,
                _ => PortalErrors.UidTaken,
            };
        }
    }

    /// <summary>One writer of the module at a time: SQLite's BEGIN IMMEDIATE, PostgreSQL's advisory lock (<see cref="ModuleTransactions"/>).</summary>
    private sealed class Transaction(PortalDbContext context, IDbContextTransaction transaction) : ModuleTransaction(context, transaction), IPortalTransaction;
}
