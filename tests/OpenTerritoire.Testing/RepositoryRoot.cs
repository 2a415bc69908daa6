namespace OpenTerritoire.Testing;

/// <summary>The checkout's root folder (the one holding <c>OpenTerritoire.sln</c>), for files the project ships.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    /// <summary>A path below the root, from its parts.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "OpenTerritoire.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("OpenTerritoire.sln was not found above " + AppContext.BaseDirectory);
    }
}
