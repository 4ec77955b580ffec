using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Modular.SharedKernel.Infrastructure.Persistence;

/// <summary>
/// A module's write transaction (<see cref="ModuleTransactions.BeginModuleTransactionAsync"/>: one writer
/// of the module at a time), behind the port each module's Application declares: disposed without
/// <see cref="CommitAsync"/>, nothing of it stays, in the database or in what the context tracks.
/// </summary>
public abstract class ModuleTransaction(DbContext context, IDbContextTransaction transaction) : IAsyncDisposable
{
    private bool _committed;

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await transaction.CommitAsync(cancellationToken);
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_committed)
        {
            context.ChangeTracker.Clear();
        }

        await transaction.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
