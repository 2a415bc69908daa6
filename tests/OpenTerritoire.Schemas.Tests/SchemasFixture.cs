using Microsoft.Extensions.Time.Testing;
using OpenTerritoire.Schemas.Registry;
using OpenTerritoire.Schemas.Rules;
using OpenTerritoire.Testing;

namespace OpenTerritoire.Schemas.Tests;

/// <summary>The registry loaded once from the repository's schemas folder, and a validator with a fixed clock.</summary>
public sealed class SchemasFixture
{
    /// <summary>The clock of every test: after every example's observation time.</summary>
    public static readonly DateTimeOffset Now = new(2027, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<SchemaRegistry> SharedRegistry = new(() => SchemaRegistry.Load(Directory));

    public static string Directory => RepositoryRoot.Combine("schemas");

    public static SchemaRegistry Registry => SharedRegistry.Value;

    public static DocumentValidator Validator(SchemaRegistry? registry = null) =>
        new(registry ?? Registry, new ObservationRules(new FakeTimeProvider(Now)));
}
