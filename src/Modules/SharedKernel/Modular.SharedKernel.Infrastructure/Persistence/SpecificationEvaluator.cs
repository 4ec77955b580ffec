using Microsoft.EntityFrameworkCore;
using Modular.SharedKernel.Specifications;

namespace Modular.SharedKernel.Infrastructure.Persistence;

/// <summary>The one place where a <see cref="Specification{T}"/> becomes an EF Core query.</summary>
public static class SpecificationEvaluator
{
    public static IQueryable<T> Apply<T>(IQueryable<T> source, Specification<T> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(specification);
        var query = ApplyFilter(source, specification);

        if (specification.Skip is { } skip)
        {
            query = query.Skip(skip);
        }

        if (specification.Take is { } take)
        {
            query = query.Take(take);
        }

        return query;
    }

    public static IQueryable<TResult> Apply<T, TResult>(IQueryable<T> source, Specification<T, TResult> specification)
        where T : class
    {
        var selector = specification.Selector
            ?? throw new InvalidOperationException($"{specification.GetType().Name} has no Select projection.");
        return Apply(source, (Specification<T>)specification).Select(selector);
    }

    /// <summary>Criteria and includes only, for counting the rows behind a page.</summary>
    public static IQueryable<T> ApplyFilter<T>(IQueryable<T> source, Specification<T> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(specification);
        var query = source;

        if (specification.AsNoTracking)
        {
            query = query.AsNoTracking();
        }

        if (specification.IgnoreQueryFilters)
        {
            query = query.IgnoreQueryFilters();
        }

        foreach (var include in specification.Includes)
        {
            query = query.Include(include);
        }

        foreach (var criterion in specification.Criteria)
        {
            query = query.Where(criterion);
        }

        IOrderedQueryable<T>? ordered = null;
        foreach (var order in specification.OrderBy)
        {
            var method = (order.IsThenBy && ordered is not null, order.Descending) switch
            {
                (false, false) => nameof(Queryable.OrderBy),
                (false, true) => nameof(Queryable.OrderByDescending),
                (true, false) => nameof(Queryable.ThenBy),
                (true, true) => nameof(Queryable.ThenByDescending),
            };
            ordered = (IOrderedQueryable<T>)query.Provider.CreateQuery<T>(
                System.Linq.Expressions.Expression.Call(
                    typeof(Queryable),
                    method,
                    [typeof(T), order.KeySelector.ReturnType],
                    query.Expression,
                    System.Linq.Expressions.Expression.Quote(order.KeySelector)));
            query = ordered;
        }

        return query;
    }
}
