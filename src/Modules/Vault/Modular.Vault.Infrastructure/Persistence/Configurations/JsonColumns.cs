using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Modular.Vault.Infrastructure.Persistence.Configurations;

/// <summary>A short list kept in one JSON text column, compared by its items (so a changed item is saved).</summary>
internal static class JsonColumns
{
    public static ValueConverter<IReadOnlyList<T>, string> ListOf<T>() => new(
        items => JsonSerializer.Serialize(items, (JsonSerializerOptions?)null),
        json => JsonSerializer.Deserialize<List<T>>(json, (JsonSerializerOptions?)null) ?? new List<T>());

    public static ValueComparer<IReadOnlyList<T>> Comparer<T>() => new(
        (a, b) => a!.SequenceEqual(b!),
        items => items.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        items => items.ToList());
}
