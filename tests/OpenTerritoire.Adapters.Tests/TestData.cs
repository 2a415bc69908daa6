namespace OpenTerritoire.Adapters.Tests;

/// <summary>Files the test project ships under Vectors/ and Samples/, copied next to the test assembly.</summary>
internal static class TestData
{
    public static string Path(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, relative);

    public static string ReadText(string relative) => File.ReadAllText(Path(relative));

    public static byte[] ReadBytes(string relative) => File.ReadAllBytes(Path(relative));
}
