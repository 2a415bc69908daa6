using System.Text.Json;
using OpenTerritoire.Core.Sensing;

namespace OpenTerritoire.Testing.Builders;

/// <summary>Builds a valid <see cref="NewObservation"/>: 42.5 at 2026-03-01T08:00Z unless told otherwise.</summary>
public sealed class NewObservationBuilder(DatastreamId datastream)
{
    private FeatureOfInterestId? featureOfInterest;
    private TimeInterval phenomenonTime = TimeInterval.At(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
    private DateTimeOffset? resultTime;
    private TimeInterval? validTime;
    private ObservationResult result = ObservationResult.FromNumber(42.5);
    private JsonElement? parameters;

    public NewObservationBuilder At(DateTimeOffset instant)
    {
        phenomenonTime = TimeInterval.At(instant);
        return this;
    }

    public NewObservationBuilder WithPhenomenonTime(TimeInterval value)
    {
        phenomenonTime = value;
        return this;
    }

    public NewObservationBuilder WithResult(ObservationResult value)
    {
        result = value;
        return this;
    }

    public NewObservationBuilder WithResult(double value) => WithResult(ObservationResult.FromNumber(value));

    public NewObservationBuilder WithResultTime(DateTimeOffset value)
    {
        resultTime = value;
        return this;
    }

    public NewObservationBuilder WithValidTime(TimeInterval value)
    {
        validTime = value;
        return this;
    }

    public NewObservationBuilder WithFeatureOfInterest(FeatureOfInterestId value)
    {
        featureOfInterest = value;
        return this;
    }

    public NewObservationBuilder WithParameters(string json)
    {
        parameters = JsonDocument.Parse(json).RootElement.Clone();
        return this;
    }

    public NewObservation Build() =>
        new(datastream, featureOfInterest, phenomenonTime, resultTime, validTime, result, null, parameters);
}
