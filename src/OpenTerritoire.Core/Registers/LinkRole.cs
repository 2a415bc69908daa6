namespace OpenTerritoire.Core.Registers;

/// <summary>How a record uses what it links to.</summary>
public enum LinkRole
{
    /// <summary>A sensor record describes this Thing, Sensor or Datastream.</summary>
    Describes,

    /// <summary>An algorithm reads this Datastream, Dataset or sensor record.</summary>
    Input,

    /// <summary>An algorithm produces this Dataset.</summary>
    Output,
}
