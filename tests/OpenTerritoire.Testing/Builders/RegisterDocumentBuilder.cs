using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTerritoire.Core.Registers;

namespace OpenTerritoire.Testing.Builders;

/// <summary>
/// Builds a record document from a valid example the schemas ship (the Nantes parking sensor, the water-leak
/// algorithm), with a unique id; state only what matters.
/// </summary>
public sealed class RegisterDocumentBuilder
{
    private static int sequence;

    private readonly RegisterKind kind;
    private readonly JsonObject document;

    public RegisterDocumentBuilder(RegisterKind kind)
    {
        this.kind = kind;
        var example = kind == RegisterKind.Sensor
            ? RepositoryRoot.Combine("schemas", "transparency", "sensor-record", "examples", "valid", "parking-sensor-nantes.json")
            : RepositoryRoot.Combine("schemas", "transparency", "algorithm-record", "examples", "valid", "water-leak-billing-cap.json");
        document = JsonNode.Parse(File.ReadAllText(example))!.AsObject();
        document["id"] = $"{RegisterKindNames.ToName(kind)}-{Interlocked.Increment(ref sequence):D4}";
    }

    public string Slug => document["id"]!.GetValue<string>();

    public RegisterKind Kind => kind;

    public RegisterDocumentBuilder WithSlug(string slug)
    {
        document["id"] = slug;
        return this;
    }

    /// <summary>Sets (or with null removes) a top-level member.</summary>
    public RegisterDocumentBuilder With(string name, JsonNode? value)
    {
        if (value is null)
        {
            document.Remove(name);
        }
        else
        {
            document[name] = value;
        }

        return this;
    }

    public JsonElement Build() => JsonSerializer.SerializeToElement(document);

    /// <summary>The write a valid document makes, as the API builds it after validation.</summary>
    public RegisterWrite BuildWrite(RecordDates? dates = null) =>
        RegisterDocumentFacts.ToWrite(kind, Build(), "1.0.0", "test", dates ?? RecordDates.None);
}
