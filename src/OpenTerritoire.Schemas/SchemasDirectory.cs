namespace OpenTerritoire.Schemas;

/// <summary>Where the schemas folder is: the configured one, or the nearest <c>schemas/</c> holding a README.md above the app.</summary>
public static class SchemasDirectory
{
    /// <summary>The configured folder when given, else walks up from <see cref="AppContext.BaseDirectory"/>.</summary>
    /// <returns>The full path, or null when no folder is found.</returns>
    public static string? Locate(string? configured = null) =>
        Locate(configured, AppContext.BaseDirectory);

    /// <summary>Like <see cref="Locate(string?)"/>, starting the walk from <paramref name="start"/>.</summary>
    public static string? Locate(string? configured, string start)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "schemas");
            if (File.Exists(Path.Combine(candidate, "README.md")))
            {
                return candidate;
            }
        }

        return null;
    }
}
