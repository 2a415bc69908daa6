namespace OpenTerritoire.Core.Querying;

/// <summary>
/// One navigation to expand, with the options applied to the related entities. The path form
/// <c>Datastreams/Observations</c> is normalised to <c>Datastreams($expand=Observations)</c>.
/// </summary>
public sealed record ExpandItem(string Navigation, QueryOptions Options)
{
    /// <summary>Canonical text: <c>Navigation</c> or <c>Navigation(option;option)</c>.</summary>
    public override string ToString()
    {
        var options = Options.ToString(";");
        return options.Length == 0 ? Navigation : Navigation + "(" + options + ")";
    }
}
