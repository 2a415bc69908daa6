using System.Globalization;
using System.Text.Json;
using OpenTerritoire.Core.Sensing;

namespace OpenTerritoire.Adapters.Mappings;

/// <summary>
/// Splits a valid schema record into one observation per bound Datastream: the record's <c>observedAt</c> becomes the
/// phenomenon time, each bound property's value the result. Swapping the device behind a Thing changes nothing here:
/// the bindings belong to the Thing's Datastreams, not to the device.
/// </summary>
public static class DatastreamMapping
{
    public static IReadOnlyList<NewObservation> Map(
        JsonElement record, IReadOnlyList<DatastreamBinding> bindings, FeatureOfInterestId? featureOfInterest = null,
        JsonElement? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(bindings);
        var observedAt = DateTimeOffset.Parse(
            record.GetProperty("observedAt").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        var observations = new List<NewObservation>(bindings.Count);
        foreach (var binding in bindings)
        {
            if (record.TryGetProperty(binding.Property, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                observations.Add(new NewObservation(
                    binding.DatastreamId, featureOfInterest, TimeInterval.At(observedAt), null, null,
                    ObservationResult.FromJson(value), null, parameters));
            }
        }

        return observations;
    }
}
