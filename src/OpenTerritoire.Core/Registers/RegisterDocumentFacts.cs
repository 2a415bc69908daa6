using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace OpenTerritoire.Core.Registers;

/// <summary>Reads from a validated record document what the register indexes: slug, dates, themes, personal data, position.</summary>
public static class RegisterDocumentFacts
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    /// <summary>
    /// Builds the write; dates given by the caller win over the document's own <c>reviewDate</c> and
    /// <c>activeUntil</c> (sensor records carry them, algorithm records do not).
    /// </summary>
    public static RegisterWrite ToWrite(
        RegisterKind kind, JsonElement document, string schemaVersion, string author, RecordDates requested)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var dates = new RecordDates(
            requested.ReviewDate ?? Date(document, "reviewDate"),
            requested.ActiveUntil ?? Date(document, "activeUntil"),
            requested.DoNotShowAfter);
        var themes = document.TryGetProperty("themes", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(theme => theme.GetString() ?? string.Empty).ToList()
            : [];
        var personal = kind == RegisterKind.Sensor
            ? document.TryGetProperty("personalData", out var data)
                && data.TryGetProperty("processed", out var processed) && processed.ValueKind == JsonValueKind.True
            : document.TryGetProperty("impactAssessments", out _) && PersonalInputs(document);
        return new RegisterWrite(
            kind, Slug(document) ?? string.Empty, document.Clone(), schemaVersion, author, dates, themes, personal,
            Position(document));
    }

    /// <summary>The document's <c>id</c>, or null when absent.</summary>
    public static string? Slug(JsonElement document) =>
        document.ValueKind == JsonValueKind.Object && document.TryGetProperty("id", out var id)
        && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    // An algorithm processes personal data when its DPIA is not "not-required".
    private static bool PersonalInputs(JsonElement document) =>
        document.GetProperty("impactAssessments").TryGetProperty("dpia", out var dpia)
        && dpia.TryGetProperty("status", out var status)
        && status.GetString() is { } text && !string.Equals(text, "not-required", StringComparison.Ordinal);

    private static DateOnly? Date(JsonElement document, string name) =>
        document.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static Point? Position(JsonElement document)
    {
        if (!document.TryGetProperty("location", out var location)
            || !location.TryGetProperty("coordinates", out var coordinates)
            || coordinates.ValueKind != JsonValueKind.Array || coordinates.GetArrayLength() < 2)
        {
            return null;
        }

        return Wgs84.CreatePoint(new Coordinate(coordinates[0].GetDouble(), coordinates[1].GetDouble()));
    }
}
