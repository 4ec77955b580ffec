using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Modular.SharedKernel.Fixture;

/// <summary>Compliant: pure kernel code, MediatR markers and the BCL only.</summary>
public sealed record KernelPing(string Message) : INotification;

/// <summary>ADR 0007: the pure kernel must not see EF Core.</summary>
public static class KernelQueries
{
    public static IQueryable<T> Tracked<T>(DbSet<T> set)
        where T : class => set.AsTracking();
}
