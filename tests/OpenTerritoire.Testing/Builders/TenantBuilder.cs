using System.Globalization;
using NetTopologySuite.Geometries;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Testing.Builders;

/// <summary>Builds a valid <see cref="Tenant"/> (a commune) with a unique code; state only what matters.</summary>
public sealed class TenantBuilder
{
    private static int sequence;

    private TenantId? parentId;
    private TenantKind kind = TenantKind.Commune;
    private string code = "commune-" + Interlocked.Increment(ref sequence).ToString(CultureInfo.InvariantCulture);
    private string name = "Commune de Test";
    private string? siren = "213100000";
    private MultiPolygon? area;

    public TenantBuilder WithParent(TenantId parent)
    {
        parentId = parent;
        return this;
    }

    public TenantBuilder WithKind(TenantKind value)
    {
        kind = value;
        return this;
    }

    public TenantBuilder WithCode(string value)
    {
        code = value;
        return this;
    }

    public TenantBuilder WithName(string value)
    {
        name = value;
        return this;
    }

    public TenantBuilder WithSiren(string? value)
    {
        siren = value;
        return this;
    }

    public TenantBuilder WithArea(MultiPolygon value)
    {
        area = value;
        return this;
    }

    public Tenant Build() => new(new TenantId(0), parentId, kind, code, name, siren, area, DateTimeOffset.UnixEpoch);
}
