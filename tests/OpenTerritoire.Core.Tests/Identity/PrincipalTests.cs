using OpenTerritoire.Core.Identity;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Core.Tests.Identity;

public sealed class PrincipalTests
{
    private static readonly TenantId Departement = new(1);
    private static readonly TenantId Syndicat = new(2);
    private static readonly TenantId Commune = new(3);
    private static readonly TenantId[] CommuneLineage = [Commune, Syndicat, Departement];

    public static TheoryData<long?, TokenScope[], TokenScope, bool> Cases => new()
    {
        { 2, [TokenScope.Admin], TokenScope.Admin, true },
        { 2, [TokenScope.Admin], TokenScope.Read, true },
        { 3, [TokenScope.Read], TokenScope.Read, true },
        { 3, [TokenScope.Read], TokenScope.Admin, false },
        { 3, [TokenScope.Write], TokenScope.Read, false },
        { 4, [TokenScope.Admin], TokenScope.Read, false },
        { null, [TokenScope.Admin], TokenScope.Admin, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reaches_CommuneOfSyndicat_FollowsLineageAndScope(long? tenant, TokenScope[] scopes, TokenScope needed, bool expected)
    {
        var principal = new Principal(
            tenant is { } id ? new TenantId(id) : null, new ApiTokenId(9), ApiTokenKind.Application, scopes.ToHashSet());

        Assert.Equal(expected, principal.Reaches(CommuneLineage, needed));
    }
}
