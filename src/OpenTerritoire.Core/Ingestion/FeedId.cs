using System.Globalization;

namespace OpenTerritoire.Core.Ingestion;

/// <summary>Identifies a feed; a random UUID, since it appears in the webhook URL given to network servers.</summary>
public readonly record struct FeedId(Guid Value)
{
    /// <summary>A new random feed id.</summary>
    public static FeedId New() => new(Guid.NewGuid());

    /// <summary>Parses the text form used in URLs.</summary>
    public static bool TryParse(string? text, out FeedId id)
    {
        var parsed = Guid.TryParse(text, out var guid);
        id = new FeedId(guid);
        return parsed;
    }

    public override string ToString() => Value.ToString("D", CultureInfo.InvariantCulture);
}
