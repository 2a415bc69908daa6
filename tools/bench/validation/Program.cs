using System.Diagnostics;
using System.Globalization;
using OpenTerritoire.Bench.Validation;
using OpenTerritoire.Schemas;
using OpenTerritoire.Schemas.Inputs;
using OpenTerritoire.Schemas.Registry;
using OpenTerritoire.Schemas.Reporting;
using OpenTerritoire.Schemas.Rules;

// Usage: dotnet run -c Release -- <work folder> [records] [csv rows]
// Writes the generated inputs to the work folder (run.sh then feeds the same files to ajv) and prints one line per
// measurement: "<name> <items> <seconds> <items/s> <invalid>".
var work = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "openterritoire-bench");
var records = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
var csvRows = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000_000;
Directory.CreateDirectory(work);
var schemas = SchemasDirectory.Locate() ?? throw new InvalidOperationException("schemas/ not found above the bench.");
var registry = SchemaRegistry.Load(schemas);

var inputs = new[]
{
    (Id: "parking-space-occupancy", File: Path.Combine(work, "parking.jsonl"), Write: (Action<string, int>)RecordGenerator.WriteParking),
    (Id: "air-quality-observed", File: Path.Combine(work, "air-quality.jsonl"), Write: RecordGenerator.WriteAirQuality),
};
foreach (var input in inputs)
{
    input.Write(input.File, records);
}

var csvFile = Path.Combine(work, "car-park.csv");
RecordGenerator.WriteCarParkCsv(csvFile, csvRows);

foreach (var input in inputs)
{
    var entry = registry.Find(SchemaRef.Latest(input.Id)).Value;
    var lines = File.ReadAllLines(input.File).Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
    SchemaOnly(entry, lines, 20_000);
    var (seconds, invalid) = SchemaOnly(entry, lines, lines.Length);
    Print($"compiled:{input.Id}", lines.Length, seconds, invalid);
}

var validator = new DocumentValidator(registry, new ObservationRules(TimeProvider.System));
foreach (var input in inputs)
{
    var started = Stopwatch.GetTimestamp();
    await using var stream = File.OpenRead(input.File);
    var report = await validator.ValidateAsync(SchemaRef.Latest(input.Id), stream, MediaType.JsonLines, CancellationToken.None);
    Print($"document-validator-jsonl:{input.Id}", report.Stats.Records, Stopwatch.GetElapsedTime(started).TotalSeconds,
        report.Codes.Sum(code => code.Total));
}

await using (var warm = File.OpenRead(csvFile))
{
    await validator.ValidateAsync(SchemaRef.Latest("car-park-occupancy-hourly"), new LimitedStream(warm, 2_000_000), MediaType.Csv, CancellationToken.None);
}

var csvStarted = Stopwatch.GetTimestamp();
await using (var csv = File.OpenRead(csvFile))
{
    var report = await validator.ValidateAsync(SchemaRef.Latest("car-park-occupancy-hourly"), csv, MediaType.Csv, CancellationToken.None);
    Print("csv:car-park-occupancy-hourly", report.Stats.Records, Stopwatch.GetElapsedTime(csvStarted).TotalSeconds, report.Stats.Errors);
}

// Like ajv's validate(JSON.parse(line)): from the record's text to its verdict, all errors collected.
static (double Seconds, long Invalid) SchemaOnly(SchemaEntry entry, byte[][] lines, int count)
{
    var invalid = 0L;
    var sink = new ValidationReportBuilder();
    var started = Stopwatch.GetTimestamp();
    for (var i = 0; i < count; i++)
    {
        var before = sink.ErrorCount;
        entry.Validate(lines[i], sink);
        invalid += sink.ErrorCount > before ? 1 : 0;
    }

    return (Stopwatch.GetElapsedTime(started).TotalSeconds, invalid);
}

static void Print(string name, long items, double seconds, long invalid) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name} {items} {seconds:F3} {items / seconds:F0} {invalid}"));
