using System.Linq.Expressions;

namespace Modular.SharedKernel.Specifications;

/// <summary>
/// A named query over an aggregate, kept in Domain beside it. Subclasses describe the query in
/// their constructor through <see cref="Query"/>; one evaluator in infrastructure applies it.
/// </summary>
public abstract class Specification<T>
    where T : class
{
    private readonly List<Expression<Func<T, bool>>> _criteria = [];
    private readonly List<OrderExpression<T>> _orderBy = [];
    private readonly List<string> _includes = [];

    protected Specification() => Query = new SpecificationBuilder<T>(this);

    protected SpecificationBuilder<T> Query { get; }

    public IReadOnlyList<Expression<Func<T, bool>>> Criteria => _criteria;

    public IReadOnlyList<OrderExpression<T>> OrderBy => _orderBy;

    /// <summary>Navigation paths to load, dotted for nested ones ("Policies.Insurer").</summary>
    public IReadOnlyList<string> Includes => _includes;

    public int? Skip { get; internal set; }

    public int? Take { get; internal set; }

    public bool AsNoTracking { get; internal set; }

    /// <summary>Also finds rows the store hides from every other read (a module's soft-deleted rows).</summary>
    public bool IgnoreQueryFilters { get; internal set; }

    /// <summary>Evaluates the criteria in memory, for checks on an object already loaded.</summary>
    public bool IsSatisfiedBy(T candidate) => _criteria.All(c => c.Compile()(candidate));

    internal void AddCriterion(Expression<Func<T, bool>> criterion) => _criteria.Add(criterion);

    internal void AddOrder(OrderExpression<T> order) => _orderBy.Add(order);

    internal void AddInclude(string path) => _includes.Add(path);
}

/// <summary>A specification whose result is a projection of the aggregate.</summary>
public abstract class Specification<T, TResult> : Specification<T>
    where T : class
{
    public Expression<Func<T, TResult>>? Selector { get; private set; }

    protected void Select(Expression<Func<T, TResult>> selector) => Selector = selector;
}

public sealed record OrderExpression<T>(LambdaExpression KeySelector, bool Descending, bool IsThenBy);
