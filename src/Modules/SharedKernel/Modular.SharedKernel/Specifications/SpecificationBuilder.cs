using System.Linq.Expressions;

namespace Modular.SharedKernel.Specifications;

public sealed class SpecificationBuilder<T>
    where T : class
{
    private readonly Specification<T> _specification;

    internal SpecificationBuilder(Specification<T> specification) => _specification = specification;

    public SpecificationBuilder<T> Where(Expression<Func<T, bool>> criterion)
    {
        _specification.AddCriterion(criterion);
        return this;
    }

    public OrderedSpecificationBuilder<T> OrderBy<TKey>(Expression<Func<T, TKey>> key)
    {
        _specification.AddOrder(new OrderExpression<T>(key, Descending: false, IsThenBy: false));
        return new OrderedSpecificationBuilder<T>(_specification, this);
    }

    public OrderedSpecificationBuilder<T> OrderByDescending<TKey>(Expression<Func<T, TKey>> key)
    {
        _specification.AddOrder(new OrderExpression<T>(key, Descending: true, IsThenBy: false));
        return new OrderedSpecificationBuilder<T>(_specification, this);
    }

    public SpecificationBuilder<T> Include<TProperty>(Expression<Func<T, TProperty>> navigation)
    {
        _specification.AddInclude(MemberPath(navigation.Body));
        return this;
    }

    public SpecificationBuilder<T> Include(string navigationPath)
    {
        _specification.AddInclude(navigationPath);
        return this;
    }

    public SpecificationBuilder<T> Skip(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _specification.Skip = count;
        return this;
    }

    public SpecificationBuilder<T> Take(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        _specification.Take = count;
        return this;
    }

    /// <summary>Page numbers start at 1.</summary>
    public SpecificationBuilder<T> Page(int page, int pageSize)
    {
        var (clampedPage, size) = Paging.Clamp(page, pageSize);
        return Skip(Paging.Skip(clampedPage, size)).Take(size);
    }

    public SpecificationBuilder<T> AsNoTracking()
    {
        _specification.AsNoTracking = true;
        return this;
    }

    /// <summary>Reads past the store's filters (rows a module keeps but hides, such as deleted ones).</summary>
    public SpecificationBuilder<T> IgnoreQueryFilters()
    {
        _specification.IgnoreQueryFilters = true;
        return this;
    }

    private static string MemberPath(Expression expression) => expression switch
    {
        MemberExpression { Expression: ParameterExpression } member => member.Member.Name,
        MemberExpression member => $"{MemberPath(member.Expression!)}.{member.Member.Name}",
        UnaryExpression { NodeType: ExpressionType.Convert } convert => MemberPath(convert.Operand),
        _ => throw new ArgumentException($"'{expression}' is not a navigation property path.", nameof(expression)),
    };
}

public sealed class OrderedSpecificationBuilder<T>
    where T : class
{
    private readonly Specification<T> _specification;
    private readonly SpecificationBuilder<T> _builder;

    internal OrderedSpecificationBuilder(Specification<T> specification, SpecificationBuilder<T> builder)
    {
        _specification = specification;
        _builder = builder;
    }

    public OrderedSpecificationBuilder<T> ThenBy<TKey>(Expression<Func<T, TKey>> key)
    {
        _specification.AddOrder(new OrderExpression<T>(key, Descending: false, IsThenBy: true));
        return this;
    }

    public OrderedSpecificationBuilder<T> ThenByDescending<TKey>(Expression<Func<T, TKey>> key)
    {
        _specification.AddOrder(new OrderExpression<T>(key, Descending: true, IsThenBy: true));
        return this;
    }

    public SpecificationBuilder<T> Builder => _builder;

    public SpecificationBuilder<T> Skip(int count) => _builder.Skip(count);

    public SpecificationBuilder<T> Take(int count) => _builder.Take(count);

    public SpecificationBuilder<T> Page(int page, int pageSize) => _builder.Page(page, pageSize);

    public SpecificationBuilder<T> AsNoTracking() => _builder.AsNoTracking();

    public SpecificationBuilder<T> IgnoreQueryFilters() => _builder.IgnoreQueryFilters();
}
