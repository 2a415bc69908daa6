namespace OpenTerritoire.Api.Tests.SensorThings;

/// <summary>
/// <see cref="StaHubFixture"/> with the OGC test-suite entities loaded once through the API, for test classes that
/// only read. Use as <c>IClassFixture</c>.
/// </summary>
public sealed class StaDatasetFixture : IAsyncLifetime
{
    public StaHubFixture Hub { get; } = new();

    public long FirstThing { get; private set; }

    public long SecondThing { get; private set; }

    public HttpClient CreateWriter() => Hub.CreateWriter();

    public async Task InitializeAsync()
    {
        await Hub.InitializeAsync();
        (FirstThing, SecondThing) = await StaTestData.LoadAsync(Hub.CreateWriter());
    }

    public Task DisposeAsync() => Hub.DisposeAsync();
}
