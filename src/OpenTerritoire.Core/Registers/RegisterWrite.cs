using System.Text.Json;
using NetTopologySuite.Geometries;

namespace OpenTerritoire.Core.Registers;

/// <summary>A validated document and the facts the register indexes from it, ready to be stored as a new version.</summary>
public sealed record RegisterWrite(
    RegisterKind Kind,
    string Slug,
    JsonElement Document,
    string SchemaVersion,
    string Author,
    RecordDates Dates,
    IReadOnlyList<string> Themes,
    bool PersonalData,
    Point? Location);
