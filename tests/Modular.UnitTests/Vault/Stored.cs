namespace Modular.UnitTests.Vault;

/// <summary>
/// Sets a column that the store writes itself (an identity, or a conditional update such as an
/// automatic reminder or an acceptance), as loading the row would: the domain has no method for it.
/// </summary>
internal static class Stored
{
    public static T With<T>(this T entity, string property, object? value)
        where T : class
    {
        typeof(T).GetProperty(property)!.SetValue(entity, value);
        return entity;
    }
}
