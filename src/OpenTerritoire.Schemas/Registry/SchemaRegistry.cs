using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenTerritoire.Core;
using OpenTerritoire.Schemas.Compilation;
using OpenTerritoire.Schemas.Reporting;
using OpenTerritoire.Schemas.Tabular;

namespace OpenTerritoire.Schemas.Registry;

/// <summary>
/// Every schema of the schemas folder (<c>&lt;category&gt;/&lt;id&gt;/&lt;version&gt;.schema.json</c>), loaded and compiled
/// once at start-up, plus the ones imported at run time. Thread-safe: lookups read an immutable snapshot.
/// </summary>
public sealed partial class SchemaRegistry
{
    /// <summary>The category given to schemas imported at run time.</summary>
    public const string ImportedCategory = "imported";

    private readonly SchemaDocumentSet documents;
    private readonly SchemaEntryFactory factory;
    private readonly ILogger logger;
    private readonly Lock writeLock = new();
    private volatile IReadOnlyDictionary<string, SchemaEntry> entries;

    private SchemaRegistry(
        string directory, SchemaDocumentSet documents, Dictionary<string, SchemaEntry> entries,
        IReadOnlyList<Issue> loadIssues, ILogger logger)
    {
        Directory = directory;
        this.documents = documents;
        factory = new SchemaEntryFactory(documents, directory);
        this.entries = entries;
        LoadIssues = loadIssues;
        this.logger = logger;
    }

    /// <summary>The schemas folder the registry was loaded from.</summary>
    public string Directory { get; }

    /// <summary>Schema files that could not be loaded (each is also logged); empty when all loaded.</summary>
    public IReadOnlyList<Issue> LoadIssues { get; }

    /// <summary>Loads every schema under <paramref name="directory"/>.</summary>
    public static SchemaRegistry Load(string directory, ILogger<SchemaRegistry>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var log = (ILogger?)logger ?? NullLogger.Instance;
        var started = Stopwatch.GetTimestamp();
        var root = Path.GetFullPath(directory);
        var documents = new SchemaDocumentSet();
        var files = new List<(string Relative, string Path, JsonElement Root)>();
        var issues = new List<Issue>();
        foreach (var path in System.IO.Directory.EnumerateFiles(root, "*.schema.json", SearchOption.AllDirectories)
                     .Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, path);
            if (relative.Split(Path.DirectorySeparatorChar).Length != 3)
            {
                continue;
            }

            try
            {
                using var stream = File.OpenRead(path);
                var element = JsonDocument.Parse(stream).RootElement;
                documents.Add(SchemaDocumentSet.UriOf(relative), element);
                files.Add((relative, path, element));
            }
            catch (JsonException exception)
            {
                issues.Add(ValidationIssues.SchemaLoadFailed.ToIssue(relative, exception.Message));
                SchemasLog.SchemaLoadFailed(log, relative, ValidationIssues.SchemaLoadFailed.Code);
            }
        }

        var factory = new SchemaEntryFactory(documents, root);
        var entries = new Dictionary<string, SchemaEntry>(StringComparer.Ordinal);
        foreach (var (relative, path, element) in files)
        {
            var parts = relative.Split(Path.DirectorySeparatorChar);
            var version = parts[2][..^".schema.json".Length];
            var created = factory.Create(parts[1], version, parts[0], element, SchemaDocumentSet.UriOf(relative), path);
            if (created.IsSuccess)
            {
                entries[created.Value.Key] = created.Value;
                if (created.Value.Json?.Engine == ValidationEngine.NJsonSchema)
                {
                    SchemasLog.SchemaUsesNJsonSchema(
                        log, created.Value.Key, string.Join(", ", created.Value.Json.UnsupportedKeywords));
                }
            }
            else
            {
                issues.AddRange(created.Issues);
                SchemasLog.SchemaLoadFailed(log, relative, created.Issues[0].Code);
            }
        }

        SchemasLog.RegistryLoaded(
            log, entries.Count, root, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new SchemaRegistry(root, documents, entries, issues, log);
    }

    /// <summary>Finds <c>id@version</c>, or the latest version when the reference has none.</summary>
    public Result<SchemaEntry> Find(SchemaRef reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var snapshot = entries;
        if (reference.Version is { } version)
        {
            if (snapshot.TryGetValue($"{reference.Id}@{version}", out var exact))
            {
                return Result.Success(exact);
            }
        }
        else if (Latest(snapshot.Values.Where(entry => string.Equals(entry.Id, reference.Id, StringComparison.Ordinal)))
                 is { } latest)
        {
            return Result.Success(latest);
        }

        var available = snapshot.Values.Where(entry => string.Equals(entry.Id, reference.Id, StringComparison.Ordinal))
            .Select(entry => entry.Key)
            .DefaultIfEmpty()
            .ToArray();
        var expected = available[0] is null
            ? string.Join(", ", snapshot.Values.Select(entry => entry.Id).Distinct().Order(StringComparer.Ordinal))
            : string.Join(", ", available.Order(StringComparer.Ordinal));
        return Result.Failure<SchemaEntry>(ValidationIssues.UnknownSchema.ToIssue(string.Empty, reference.ToString(), expected));
    }

    /// <summary>Every schema id with its versions and its latest version's metadata, ordered by id.</summary>
    public IReadOnlyList<SchemaSummary> List() => entries.Values
        .GroupBy(entry => entry.Id, StringComparer.Ordinal)
        .OrderBy(group => group.Key, StringComparer.Ordinal)
        .Select(group =>
        {
            var latest = Latest(group)!;
            var versions = group.Select(entry => entry.Version)
                .OrderBy(text => SemanticVersion.TryParse(text, out var v) ? v : default)
                .ToArray();
            return new SchemaSummary(latest.Id, latest.Category, latest.Kind, latest.Title, latest.Description,
                latest.Theme, latest.Version, versions, latest.ObservedProperties);
        })
        .ToArray();

    /// <summary>Adds a Table Schema or JSON Schema document (e.g. a schema.data.gouv.fr file) under a new id and version.</summary>
    /// <remarks>Only in memory: persisting the document (so it survives a restart) is the caller's job.</remarks>
    public Result<SchemaEntry> Import(string id, string version, string json)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(json);
        if (!IdPattern().IsMatch(id) || !SemanticVersion.TryParse(version, out _))
        {
            return Result.Failure<SchemaEntry>(
                ValidationIssues.InvalidSchemaId.ToIssue(string.Empty, $"{id}@{version}", "kebab-case-id@1.0.0"));
        }

        JsonElement root;
        try
        {
            root = JsonDocument.Parse(json).RootElement;
        }
        catch (JsonException exception)
        {
            return Result.Failure<SchemaEntry>(ValidationIssues.SchemaLoadFailed.ToIssue(
                $"line:{(exception.LineNumber ?? 0) + 1}:col:{(exception.BytePositionInLine ?? 0) + 1}", exception.Message));
        }

        lock (writeLock)
        {
            if (entries.ContainsKey($"{id}@{version}"))
            {
                return Result.Failure<SchemaEntry>(ValidationIssues.DuplicateSchema.ToIssue(string.Empty, $"{id}@{version}"));
            }

            var uri = SchemaDocumentSet.UriOf($"{ImportedCategory}/{id}/{version}.schema.json");
            root = WithId(root, uri);
            documents.Add(uri, root);
            var created = factory.Create(id, version, ImportedCategory, root, uri, null);
            if (created.IsSuccess)
            {
                entries = new Dictionary<string, SchemaEntry>(entries, StringComparer.Ordinal)
                {
                    [created.Value.Key] = created.Value,
                };
                SchemasLog.SchemaImported(logger, created.Value.Key);
            }

            return created;
        }
    }

    /// <summary>
    /// Gives an imported JSON Schema its registry URI as <c>$id</c>: its internal references (<c>#/$defs/...</c>) then
    /// resolve inside this very version, and two versions declaring the same foreign <c>$id</c> stay apart.
    /// </summary>
    private static JsonElement WithId(JsonElement root, Uri uri)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("$id", out _))
        {
            return root;
        }

        var node = System.Text.Json.Nodes.JsonNode.Parse(root.GetRawText())!.AsObject();
        node["$id"] = uri.ToString();
        return JsonDocument.Parse(node.ToJsonString()).RootElement;
    }

    private static SchemaEntry? Latest(IEnumerable<SchemaEntry> versions) => versions
        .Select(entry => (Entry: entry, Parsed: SemanticVersion.TryParse(entry.Version, out var v) ? v : default))
        .OrderByDescending(pair => pair.Parsed)
        .Select(pair => pair.Entry)
        .FirstOrDefault();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
