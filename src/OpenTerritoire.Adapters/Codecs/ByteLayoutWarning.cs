namespace OpenTerritoire.Adapters.Codecs;

/// <summary>A warning the codec adds to its output when a condition on decoded fields holds.</summary>
public sealed record ByteLayoutWarning(FieldCondition When, string Message);
