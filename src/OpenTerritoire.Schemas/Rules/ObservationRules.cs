using System.Globalization;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using NetTopologySuite.Geometries;
using OpenTerritoire.Schemas.Compilation;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Rules;

/// <summary>Business rules on observation records, beyond what a JSON Schema can say (codes <c>rule.*</c>).</summary>
/// <remarks>
/// Run on records the schema accepted. Rules needing history or tenancy (index never decreasing, position inside the
/// tenant's area) apply only when the context carries that information.
/// </remarks>
public sealed class ObservationRules : AbstractValidator<ObservationRuleContext>
{
    private static readonly string[][] OccupancyTriples =
    [
        ["occupiedSpaces", "freeSpaces", "capacity"],
        ["occupiedSpotNumber", "availableSpotNumber", "totalSpotNumber"],
    ];

    private readonly TimeProvider timeProvider;
    private readonly TimeSpan futureTolerance;

    public ObservationRules(TimeProvider timeProvider, ObservationRulesOptions? options = null)
    {
        this.timeProvider = timeProvider;
        futureTolerance = (options ?? new ObservationRulesOptions()).FutureTolerance;
        RuleFor(context => context).Custom(CheckTime);
        RuleFor(context => context).Custom(CheckPhysicalRanges);
        RuleFor(context => context).Custom(CheckFillLevel);
        RuleFor(context => context).Custom(CheckOccupancy);
        RuleFor(context => context).Custom(CheckIndexes);
        RuleFor(context => context).Custom(CheckArea);
    }

    /// <summary>Runs the rules; each failure becomes an entry located after <paramref name="record"/>'s pointer.</summary>
    public IReadOnlyList<ValidationEntry> Check(ObservationRuleContext context, IssueLocation record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var result = Validate(context);
        return result.Errors
            .Select(failure =>
            {
                var (descriptor, value, expected) = ((IssueDescriptor, string?, string?))failure.CustomState;
                return descriptor.At(record with { Pointer = record.Pointer + failure.PropertyName }, value, expected);
            })
            .ToArray();
    }

    private void CheckTime(ObservationRuleContext context, ValidationContext<ObservationRuleContext> validation)
    {
        if (Text(context.Record, "observedAt") is { } text
            && Rfc3339.TryParseDateTime(text, allowCompactOffset: false, out var observedAt)
            && observedAt > timeProvider.GetUtcNow() + futureTolerance)
        {
            Fail(validation, ValidationIssues.RuleFutureTime, "/observedAt", text,
                "at most " + futureTolerance.TotalMinutes.ToString(CultureInfo.InvariantCulture) + " min ahead of the server clock");
        }
    }

    private static void CheckPhysicalRanges(ObservationRuleContext context, ValidationContext<ObservationRuleContext> validation)
    {
        foreach (var property in context.Schema.ObservedProperties)
        {
            if (PhysicalRanges.For(property.UnitDefinition) is not { } range
                || context.Record.ValueKind != JsonValueKind.Object
                || !context.Record.TryGetProperty(property.Property, out var value))
            {
                continue;
            }

            var pointer = "/" + JsonPointer.Escape(property.Property);
            var expected = string.Create(CultureInfo.InvariantCulture, $"{range.Min} to {range.Max} {property.UnitSymbol}");
            if (value.ValueKind == JsonValueKind.Number)
            {
                CheckRange(validation, value, range, pointer, expected);
            }
            else if (value.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    CheckRange(validation, item, range, pointer + "/" + index.ToString(CultureInfo.InvariantCulture), expected);
                    index++;
                }
            }
        }
    }

    private static void CheckRange(
        ValidationContext<ObservationRuleContext> validation, JsonElement value, (double Min, double Max) range,
        string pointer, string expected)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number)
            && (number < range.Min || number > range.Max))
        {
            Fail(validation, ValidationIssues.RulePhysicalRange, pointer, value.GetRawText(), expected);
        }
    }

    private static void CheckFillLevel(ObservationRuleContext context, ValidationContext<ObservationRuleContext> validation)
    {
        if (Number(context.Record, "fillLevel") is { } fill && fill is < 0 or > 100)
        {
            Fail(validation, ValidationIssues.RuleFillLevel, "/fillLevel",
                fill.ToString(CultureInfo.InvariantCulture), "0 to 100 %");
        }
    }

    private static void CheckOccupancy(ObservationRuleContext context, ValidationContext<ObservationRuleContext> validation)
    {
        foreach (var names in OccupancyTriples)
        {
            var occupied = Number(context.Record, names[0]);
            var free = Number(context.Record, names[1]);
            if (Number(context.Record, names[2]) is not { } capacity)
            {
                continue;
            }

            if ((occupied ?? 0) + (free ?? 0) > capacity)
            {
                Fail(validation, ValidationIssues.RuleOccupancyInconsistent, "/" + names[2],
                    string.Create(CultureInfo.InvariantCulture, $"{occupied} + {free} > {capacity}"),
                    $"{names[0]} + {names[1]} ≤ {names[2]}");
            }
        }
    }

    private static void CheckIndexes(ObservationRuleContext context, ValidationContext<ObservationRuleContext> validation)
    {
        foreach (var (property, previous) in context.PreviousIndexes)
        {
            if (Number(context.Record, property) is { } current && current < previous)
            {
                Fail(validation, ValidationIssues.RuleIndexDecreasing, "/" + JsonPointer.Escape(property),
                    current.ToString(CultureInfo.InvariantCulture),
                    "≥ " + previous.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    private static void CheckArea(ObservationRuleContext context, ValidationContext<ObservationRuleContext> validation)
    {
        if (context.TenantArea is not { } area || context.Record.ValueKind != JsonValueKind.Object
            || !context.Record.TryGetProperty("location", out var location)
            || location.ValueKind != JsonValueKind.Object
            || !location.TryGetProperty("coordinates", out var coordinates)
            || coordinates.ValueKind != JsonValueKind.Array || coordinates.GetArrayLength() < 2
            || !coordinates[0].TryGetDouble(out var longitude) || !coordinates[1].TryGetDouble(out var latitude))
        {
            return;
        }

        var point = area.Factory.CreatePoint(new Coordinate(longitude, latitude));
        if (!area.Covers(point))
        {
            Fail(validation, ValidationIssues.RuleOutsideTenantArea, "/location",
                string.Create(CultureInfo.InvariantCulture, $"[{longitude}, {latitude}]"), "inside the tenant's area");
        }
    }

    private static void Fail(
        ValidationContext<ObservationRuleContext> validation, IssueDescriptor descriptor, string pointer,
        string? value, string? expected) =>
        validation.AddFailure(new ValidationFailure(pointer, descriptor.MessageEn)
        {
            ErrorCode = descriptor.Code,
            CustomState = (descriptor, value, expected),
        });

    private static string? Text(JsonElement record, string name) =>
        record.ValueKind == JsonValueKind.Object && record.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static double? Number(JsonElement record, string name) =>
        record.ValueKind == JsonValueKind.Object && record.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number)
            ? number
            : null;
}
