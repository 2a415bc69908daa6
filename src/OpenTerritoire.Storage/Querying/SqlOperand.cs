namespace OpenTerritoire.Storage.Querying;

/// <summary>
/// A translated operand: SQL text with its type, the SQL <c>NULL</c> of a <c>null</c> literal, or a polymorphic
/// value (an observation's result, a JSON member) whose SQL depends on the type it is used as.
/// </summary>
internal sealed record SqlOperand(string Sql, FilterValueType? Type, Func<FilterValueType, string?>? Resolve = null)
{
    public static SqlOperand Null { get; } = new("NULL", null);

    public bool IsNull => Type is null && Resolve is null;

    public bool IsPolymorphic => Resolve is not null;

    /// <summary>The SQL of a polymorphic value used as <paramref name="type"/>; null when it cannot be one.</summary>
    public string? ResolveAs(FilterValueType type) => Resolve?.Invoke(type);

    public static SqlOperand Typed(string sql, FilterValueType type) => new(sql, type);

    public static SqlOperand Polymorphic(Func<FilterValueType, string?> resolve) => new(string.Empty, null, resolve);
}
