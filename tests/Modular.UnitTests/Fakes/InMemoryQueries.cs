using System.Linq.Expressions;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.SharedKernel.Specifications;

namespace Modular.UnitTests.Fakes;

/// <summary>
/// A module's query specifications run over lists through the same evaluator the stores use,
/// byte arrays (key and token hashes) compared by value as the databases compare their bytes.
/// </summary>
internal static class InMemoryQueries
{
    public static List<T> Select<T>(IEnumerable<T> rows, Specification<T> specification)
        where T : class => [.. ByValue(SpecificationEvaluator.Apply(rows.AsQueryable(), specification))];

    public static int Count<T>(IEnumerable<T> rows, Specification<T> specification)
        where T : class => ByValue(SpecificationEvaluator.ApplyFilter(rows.AsQueryable(), specification)).Count();

    private static IQueryable<T> ByValue<T>(IQueryable<T> query) => query.Provider.CreateQuery<T>(new BytesByValue().Visit(query.Expression));

    private sealed class BytesByValue : ExpressionVisitor
    {
        protected override Expression VisitBinary(BinaryExpression node) =>
            node.NodeType == ExpressionType.Equal && node.Left.Type == typeof(byte[])
                ? Expression.Call(typeof(Enumerable), nameof(Enumerable.SequenceEqual), [typeof(byte)], Visit(node.Left), Visit(node.Right))
                : base.VisitBinary(node);
    }
}
